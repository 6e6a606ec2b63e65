"""ipywidgets faces. Imported only when a notebook shows a widget."""
