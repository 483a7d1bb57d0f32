"""nbgrader settings for the medialit course. Written by `python -m medialit.build`: do not edit, rebuild.

Settings of your own (the exchange folder on a hub, a timezone) go in ~/.jupyter/nbgrader_config.py or
/etc/jupyter/nbgrader_config.py; nbgrader reads those too (INSTRUCTORS.md, "Collect and grade").
"""
import os
import tempfile

c = get_config()  # noqa: F821 (nbgrader defines get_config)

# The course's own id; on a hub, learners' nbgrader settings must name the same one.
c.CourseDirectory.course_id = "medialit"

# Each solution region already has the course's placeholder just before it (answer = ...  # your answer here),
# so nbgrader's stub is empty and the released notebook reads like the course's lessons/.
c.ClearSolutions.code_stub = {"python": ""}
c.ClearSolutions.text_stub = "*Your answer here*"

# Lessons draw charts and widgets; give each cell more than nbgrader's default 30 s when autograding.
c.Execute.timeout = 300

# Autograding runs every cell, lesson 00's ml.export_answers() too: the files a learner's notebook writes go
# to a throwaway folder, not into the grader's own my_work/.
if "MEDIALIT_WORK_DIR" not in os.environ:
    os.environ["MEDIALIT_WORK_DIR"] = tempfile.mkdtemp(prefix="medialit-nbgrader-")
