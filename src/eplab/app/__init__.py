"""The self-study app (`eplab oefenen`): a Voilà page that lists and plays the role-plays."""
