"""The instructor kit stays true to the course: same map, same minutes, and commands and files that exist."""
import re
from pathlib import Path

from medialit import course_map
from medialit.course import LESSONS

ROOT = Path(__file__).resolve().parent.parent
KIT = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")


def test_kit_carries_the_course_map():
    assert course_map(markdown=True) in KIT


def test_total_time_is_the_sum_of_the_lessons():
    total = sum(lesson.minutes for lesson in LESSONS)
    hours, minutes = divmod(total, 60)
    assert (f"about {hours} hours {minutes} minutes in all" if minutes else f"about {hours} hours in all") in KIT


def test_every_lesson_has_a_prerequisites_row():
    for lesson in LESSONS:
        assert re.search(rf"^\| {lesson.number} \| ", KIT, flags=re.M), f"no 'Builds on' row for lesson {lesson.number}"


def test_local_links_and_named_files_exist():
    for target in re.findall(r"\]\(([^)#:]+)\)", KIT):
        assert (ROOT / target).exists(), f"INSTRUCTORS.md links to a missing {target}"
    for name in re.findall(r"`((?:data|tests|solutions|medialit)/[\w./]+\.(?:py|csv|json|txt|md))`", KIT):
        placeholder = "NN" in name or "NAME" in name
        assert placeholder or (ROOT / name).exists(), f"INSTRUCTORS.md names a missing {name}"
    for name in ("segments.csv", "sentences.csv", "claims.csv", "entities.csv", "entity_aliases.csv", "itemised.csv"):
        assert f"`{name}`" in KIT and (ROOT / "data" / name).exists()


def test_named_tests_and_commands_exist():
    data_tests = (ROOT / "tests" / "test_data.py").read_text(encoding="utf-8")
    for test in re.findall(r"`(test_\w+)`", KIT):
        assert f"def {test}(" in data_tests, f"INSTRUCTORS.md names a test that does not exist: {test}"
    assert "python -m medialit.build --execute" in KIT
    # The link itself is checked against the command's output in tests/test_hub_link.py.
    assert "python -m medialit.hub https://HUB https://github.com/OWNER/REPO" in KIT


def test_grading_markers_match_the_build():
    from medialit import build

    assert build.BEGIN in KIT and build.END in KIT and f"`{build.INSTRUCTOR_TAG}`" in KIT


def test_swapping_the_article_names_everything_tied_to_it():
    swap = KIT[KIT.index("### Swap the article"):KIT.index("### Add a practice article")]
    for needed in ("`CASE_STUDY_CREDIT`", "`data/facts.md`", "`data/earlier_briefings.csv`", "`bytes`", "`medialit/course.py`"):
        assert needed in swap, f"the swap procedure does not mention {needed}"
    assert "CASE_STUDY_CREDIT" in (ROOT / "medialit" / "data.py").read_text(encoding="utf-8")
    assert "download\n`my_work/`" not in KIT and "download `my_work/`" not in KIT  # JupyterLab cannot download a folder


def test_the_edit_guide_names_exactly_the_two_files_an_exercise_lives_in():
    """Kept true by tests/test_exercises_generated.py, whose last test refuses typed-in right answers elsewhere."""
    text = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    section = text[text.index("### Edit an exercise"):]
    section = section[:section.index("\n### ", 5)]
    edited = set(re.findall(r"`((?:solutions|medialit/exercises)/[A-Za-z_]+\.(?:ipynb|py))`", section))
    assert edited == {"solutions/NN_slug.ipynb", "medialit/exercises/lessonNN.py"}
    assert "Those two files are all you edit" in section
    assert (ROOT / "tests" / "test_exercises_generated.py").is_file()
