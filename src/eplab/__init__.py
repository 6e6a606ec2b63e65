"""eplab: educatief partnerschap lab.

Importing this package stays light: no pandas, matplotlib, ipywidgets or nbgrader.
"""

__version__ = "0.1.0"


def speel(scenario, **kwargs):
    """Play a role-play in a notebook (see eplab.widgets.roleplay.speel)."""
    from eplab.widgets.roleplay import speel as _speel

    return _speel(scenario, **kwargs)


def zelftoets(vraag_id):
    """Show a self-check question by its id (see eplab.selfcheck.zelftoets)."""
    from eplab.selfcheck import zelftoets as _zelftoets

    return _zelftoets(vraag_id)
