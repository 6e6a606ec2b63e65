"""nbgrader configuration for the eplab course (this repository is a course directory)."""

c = get_config()  # noqa: F821

c.CourseDirectory.course_id = "eplab"
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "assignments"

# Dutch stubs in the student version.
c.ClearSolutions.code_stub = {"python": "# JOUW CODE HIER"}
c.ClearSolutions.text_stub = "JOUW ANTWOORD HIER"

# A notebook that loops forever is stopped, not the whole batch.
c.Execute.timeout = 60
c.Execute.interrupt_on_timeout = True

# A student who deletes a graded cell gets it back (scored as unanswered).
c.OverwriteCells.add_missing_cells = True

# Warnings on stderr must not cost points.
c.IgnorePattern.pattern = ".*[Ww]arning.*"

# The LMS route: refuse zip files whose names do not match.
c.ZipCollectApp.strict = True
