"""eplab: educatief partnerschap lab.

Importing this package stays light: no pandas, matplotlib, ipywidgets or nbgrader.
"""

__version__ = "0.1.0"


def speel(scenario, **kwargs):
    """Play a role-play in a notebook (see eplab.widgets.roleplay.speel)."""
    from eplab.widgets.roleplay import speel as _speel

    return _speel(scenario, **kwargs)
