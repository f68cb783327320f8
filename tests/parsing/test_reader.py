import codecs
import gzip
from pathlib import Path

import pytest

from pipelines.parsing.reader import UnreadablePage, decode_page, discover


def test_decode_strips_bom_crlf_and_trailing_blanks():
    raw = codecs.BOM_UTF8 + b"Title  \r\n\r\nNCT ID: NCT00000001\t\r\n"
    assert decode_page(raw, "a.txt") == "Title\n\nNCT ID: NCT00000001\n"


def test_decode_reads_gzip_pages():
    assert decode_page(gzip.compress(b"Title\n"), "a.TXT.GZ") == "Title\n"


@pytest.mark.parametrize(
    ("raw", "name", "stage", "words"),
    [
        (b"", "a.txt", "read", "empty"),
        (b"  \n\n", "a.txt", "read", "empty"),
        (b"abc\x00def", "a.txt", "decode", "binary"),
        ("Montréal".encode("latin-1"), "a.txt", "decode", "UTF-8"),
        (gzip.compress(b"Title\n", mtime=0)[:10], "a.txt.gz", "read", "gzip"),
    ],
)
def test_unreadable_pages_say_why_and_at_which_stage(raw, name, stage, words):
    with pytest.raises(UnreadablePage) as caught:
        decode_page(raw, name)
    assert caught.value.stage == stage
    assert words in caught.value.reason


def test_discover_finds_txt_and_gz_in_any_case_recursively_once(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    for name in ("a/one.txt", "a/b/two.TXT", "three.Txt.Gz", "notes.md", "a/b/four.txt.bak"):
        (tmp_path / name).write_text("x")
    found = [Path(f.path).relative_to(tmp_path).as_posix() for f in discover([tmp_path, tmp_path / "a"])]
    assert found == ["a/b/two.TXT", "a/one.txt", "three.Txt.Gz"]


def test_discover_takes_a_single_file_whatever_its_name(tmp_path):
    page = tmp_path / "page.data"
    page.write_text("x")
    assert [f.path for f in discover([page])] == [str(page.resolve())]
