"""HashMatcher and FaceMatcher over a real SqliteStore: matching, refresh in place, persistence."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bountyboard.guard.index.matchers import FaceMatch, FaceMatcher, HashMatch, HashMatcher
from bountyboard.guard.store.interfaces import BankEntry, ChangeLog, HashKind, ProtectedPerson
from bountyboard.guard.store.sqlite import SqliteStore

MD5 = "d41d8cd98f00b204e9800998ecf8427e"
SHA = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def random_pdq(rng: np.random.Generator) -> str:
    return rng.integers(0, 256, size=32, dtype=np.uint8).tobytes().hex()


def flip(hex_hash: str, bits: int, rng: np.random.Generator) -> str:
    unpacked = np.unpackbits(np.frombuffer(bytes.fromhex(hex_hash), dtype=np.uint8)).copy()
    unpacked[rng.choice(256, size=bits, replace=False)] ^= 1
    return np.packbits(unpacked).tobytes().hex()


def unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x)).astype(np.float32)


class WithoutChangeLog:
    """The same store seen through the bare ``BankStore``/``RegistryStore`` methods only."""

    def __init__(self, inner: SqliteStore) -> None:
        self.inner = inner

    def __getattr__(self, name: str):
        if name in {"changes_since", "hash_apply"}:
            raise AttributeError(name)
        return getattr(self.inner, name)


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(11)


@pytest.fixture
def store(tmp_path: Path) -> SqliteStore:
    return SqliteStore.open(tmp_path / "store", create=True)


@pytest.fixture(params=["change-log", "diff"])
def banks(request, store):
    return store if request.param == "change-log" else WithoutChangeLog(store)


class TestHashMatcher:
    def test_each_bank_applies_its_own_threshold(self, store, rng):
        stored = random_pdq(rng)
        store.bank_ensure("strict", pdq_threshold=10)
        store.bank_ensure("loose", pdq_threshold=31)
        for bank in ("strict", "loose"):
            store.hash_add(BankEntry(bank, HashKind.PDQ, stored, case_id=f"{bank}-1"))
        matcher = HashMatcher(store, None)
        assert matcher.match_pdq([flip(stored, 20, rng)]) == [HashMatch("loose", HashKind.PDQ, stored, 20, "loose-1")]
        assert {m.bank for m in matcher.match_pdq([flip(stored, 10, rng)])} == {"strict", "loose"}
        assert matcher.match_pdq([flip(stored, 32, rng)]) == []

    def test_dihedral_variants_report_each_stored_hash_once_at_its_closest(self, store, rng):
        stored = random_pdq(rng)
        store.hash_add(BankEntry("b", HashKind.PDQ, stored))
        variants = [flip(stored, d, rng) for d in (25, 3, 12)] + [random_pdq(rng) for _ in range(5)]
        assert HashMatcher(store, None).match_pdq(variants) == [HashMatch("b", HashKind.PDQ, stored, 3, None)]

    def test_exact_kinds_match_exactly(self, store):
        store.hash_add(BankEntry("b", HashKind.MD5, MD5, case_id="c"))
        store.hash_add(BankEntry("c", HashKind.SHA256, SHA))
        matcher = HashMatcher(store, None)
        assert matcher.match_exact(HashKind.MD5, MD5.upper()) == [HashMatch("b", HashKind.MD5, MD5, 0, "c")]
        assert matcher.match_exact(HashKind.SHA256, SHA) == [HashMatch("c", HashKind.SHA256, SHA, 0, None)]
        assert matcher.match_exact(HashKind.SHA256, MD5 + MD5) == []
        assert matcher.match_exact(HashKind.MD5, SHA[:32]) == []

    def test_writes_after_the_first_match_are_applied_in_place(self, banks, store, rng):
        kept, added = random_pdq(rng), random_pdq(rng)
        store.hash_add(BankEntry("b", HashKind.PDQ, kept))
        matcher = HashMatcher(banks, None)
        assert matcher.match_pdq([kept])
        index_before = matcher._banks["b"].pdq
        store.hash_add(BankEntry("b", HashKind.PDQ, added, case_id="new"))
        store.hash_add(BankEntry("b", HashKind.MD5, MD5))
        assert matcher.match_pdq([flip(added, 5, rng)]) == [HashMatch("b", HashKind.PDQ, added, 5, "new")]
        assert matcher.match_exact(HashKind.MD5, MD5)
        store.hash_remove("b", HashKind.PDQ, kept)
        store.hash_remove("b", HashKind.MD5, MD5)
        assert matcher.match_pdq([kept]) == []
        assert matcher.match_exact(HashKind.MD5, MD5) == []
        assert matcher._banks["b"].pdq is index_before  # refreshed in place, not rebuilt
        assert matcher.revision == store.revision()

    def test_a_threshold_set_by_a_new_bank_is_used(self, banks, store, rng):
        matcher = HashMatcher(banks, None)
        assert matcher.match_pdq([random_pdq(rng)]) == []
        stored = random_pdq(rng)
        store.bank_ensure("tight", pdq_threshold=4)
        store.hash_add(BankEntry("tight", HashKind.PDQ, stored))
        assert matcher.match_pdq([flip(stored, 4, rng)])
        assert matcher.match_pdq([flip(stored, 5, rng)]) == []

    def test_a_write_by_another_process_is_seen(self, store, rng):
        matcher = HashMatcher(store, None)
        assert matcher.match_pdq([random_pdq(rng)]) == []
        stored = random_pdq(rng)
        script = (
            "import sys; from pathlib import Path;"
            "from bountyboard.guard.store.sqlite import SqliteStore;"
            "from bountyboard.guard.store.interfaces import BankEntry, HashKind;"
            "SqliteStore.open(Path(sys.argv[1])).hash_add(BankEntry('ncii', HashKind.PDQ, sys.argv[2], case_id='x'))"
        )
        subprocess.run([sys.executable, "-c", script, str(store.directory), stored], check=True)
        assert matcher.match_pdq([stored]) == [HashMatch("ncii", HashKind.PDQ, stored, 0, "x")]

    def test_persisted_indexes_load_and_replay_only_newer_changes(self, store, rng, tmp_path, monkeypatch):
        first, second = random_pdq(rng), random_pdq(rng)
        store.hash_add(BankEntry("b", HashKind.PDQ, first, case_id="one"))
        store.hash_add(BankEntry("b", HashKind.SHA256, SHA))
        index_dir = tmp_path / "index"
        HashMatcher(store, index_dir).refresh()  # a full build, saved
        assert (index_dir / "manifest.json").is_file()
        store.hash_add(BankEntry("b", HashKind.PDQ, second))
        store.hash_remove("b", HashKind.SHA256, SHA)

        def no_rebuild(self):
            raise AssertionError("loaded matcher must not rebuild")

        monkeypatch.setattr(HashMatcher, "_rebuild", no_rebuild)
        reloaded = HashMatcher(store, index_dir)
        assert reloaded.match_pdq([first]) == [HashMatch("b", HashKind.PDQ, first, 0, "one")]
        assert reloaded.match_pdq([second]) == [HashMatch("b", HashKind.PDQ, second, 0, None)]
        assert reloaded.match_exact(HashKind.SHA256, SHA) == []

    def test_corrupt_persisted_files_are_rebuilt_from_the_store(self, store, rng, tmp_path):
        stored = random_pdq(rng)
        store.hash_add(BankEntry("b", HashKind.PDQ, stored))
        index_dir = tmp_path / "index"
        HashMatcher(store, index_dir).refresh()
        for path in index_dir.glob("*.pdq.npz"):
            path.write_bytes(b"garbage")
        assert HashMatcher(store, index_dir).match_pdq([stored]) == [HashMatch("b", HashKind.PDQ, stored, 0, None)]

    def test_a_pruned_log_leads_to_a_rebuild(self, store, rng, tmp_path):
        old, new = random_pdq(rng), random_pdq(rng)
        store.hash_add(BankEntry("b", HashKind.PDQ, old))
        matcher = HashMatcher(store, None)
        matcher.refresh()
        store.hash_remove("b", HashKind.PDQ, old)
        store.hash_add(BankEntry("b", HashKind.PDQ, new))
        store.changes_prune(store.revision())
        assert matcher.match_pdq([old]) == []
        assert matcher.match_pdq([new])

    def test_bad_query_hashes_are_refused(self, store):
        matcher = HashMatcher(store, None)
        store.hash_add(BankEntry("b", HashKind.PDQ, "a" * 64))
        with pytest.raises(ValueError):
            matcher.match_pdq(["not-a-hash"])
        with pytest.raises(ValueError):
            matcher.match_pdq("a" * 64)


class TestFaceMatcher:
    @pytest.fixture
    def people(self, store, rng):
        """Three enrolled people with three embeddings each; returns their centre directions."""
        centres = {}
        for n, verified in enumerate((True, False, True)):
            person_id = f"person-{n}"
            store.person_put(ProtectedPerson(person_id, names=(f"Name {n}",), verified=verified))
            centre = unit(rng.standard_normal(128))
            for _ in range(3):
                store.embedding_add(person_id, unit(centre + 0.3 * rng.standard_normal(128) / np.sqrt(128)))
            centres[person_id] = centre
        return centres

    def test_the_closest_person_above_the_threshold_matches(self, store, people, rng):
        matcher = FaceMatcher(store, None)
        query = unit(people["person-1"] + 0.3 * rng.standard_normal(128) / np.sqrt(128))
        match = matcher.match(query, threshold=0.5)
        assert isinstance(match, FaceMatch)
        assert (match.person_id, match.verified) == ("person-1", False)
        assert match.score > 0.8
        assert matcher.match(query, threshold=0.999) is None
        assert matcher.match(unit(rng.standard_normal(128)), threshold=0.5) is None

    def test_pause_resume_and_delete_are_applied_in_place(self, banks, store, people):
        registry = banks
        matcher = FaceMatcher(registry, None)
        assert matcher.match(people["person-0"], threshold=0.5).person_id == "person-0"
        store.person_put(ProtectedPerson("person-0", names=("Name 0",), verified=True, active=False))
        paused = matcher.match(people["person-0"], threshold=0.5)
        assert paused is None or paused.person_id != "person-0"
        store.person_put(ProtectedPerson("person-0", names=("Name 0",), verified=True, active=True))
        assert matcher.match(people["person-0"], threshold=0.5).person_id == "person-0"
        store.person_delete("person-2")
        gone = matcher.match(people["person-2"], threshold=0.5)
        assert gone is None or gone.person_id != "person-2"
        assert matcher.revision == store.revision()

    def test_an_embedding_added_later_or_elsewhere_is_seen(self, store, people, rng):
        matcher = FaceMatcher(store, None)
        newcomer = unit(rng.standard_normal(128))
        assert matcher.match(newcomer, threshold=0.9) is None
        script = (
            "import sys; import numpy as np; from pathlib import Path;"
            "from bountyboard.guard.store.sqlite import SqliteStore;"
            "from bountyboard.guard.store.interfaces import ProtectedPerson;"
            "s = SqliteStore.open(Path(sys.argv[1])); s.person_put(ProtectedPerson('late', verified=True));"
            "s.embedding_add('late', np.array([float(x) for x in sys.argv[2].split(',')], dtype=np.float32))"
        )
        vector_arg = ",".join(repr(float(x)) for x in newcomer)
        subprocess.run([sys.executable, "-c", script, str(store.directory), vector_arg], check=True)
        assert matcher.match(newcomer, threshold=0.9) == FaceMatch("late", pytest.approx(1.0, abs=1e-5), True)

    def test_persisted_index_reloads_and_respects_a_pause_made_meanwhile(self, store, people, tmp_path, monkeypatch):
        index_dir = tmp_path / "faces"
        FaceMatcher(store, index_dir).refresh()
        store.person_put(ProtectedPerson("person-1", active=False))

        def no_rebuild(self):
            raise AssertionError("loaded matcher must not rebuild")

        monkeypatch.setattr(FaceMatcher, "_rebuild", no_rebuild)
        reloaded = FaceMatcher(store, index_dir)
        assert reloaded.match(people["person-0"], threshold=0.5).person_id == "person-0"
        paused = reloaded.match(people["person-1"], threshold=0.5)
        assert paused is None or paused.person_id != "person-1"

    def test_a_person_is_scored_by_their_mean_template_also_after_a_reload(self, store, people, rng, tmp_path):
        vectors = [e.vector for e in store.embedding_list() if e.person_id == "person-2"]
        mean = unit(np.sum([unit(v) for v in vectors], axis=0))
        query = unit(people["person-2"] + 0.5 * rng.standard_normal(128) / np.sqrt(128))
        expected = float(mean @ query)
        assert abs(expected - max(float(unit(v) @ query) for v in vectors)) > 1e-3  # the mean, not one photo
        for matcher in (FaceMatcher(store, tmp_path / "faces"), FaceMatcher(store, tmp_path / "faces")):
            match = matcher.match(query, threshold=0.5)
            assert (match.person_id, match.score) == ("person-2", pytest.approx(expected, abs=1e-5))

    def test_an_empty_registry_matches_nothing(self, store, rng):
        assert FaceMatcher(store, None).match(unit(rng.standard_normal(128)), threshold=0.1) is None


def test_sqlite_store_offers_the_change_log_the_matchers_use(store):
    assert isinstance(store, ChangeLog)
    assert not isinstance(WithoutChangeLog(store), ChangeLog)


def test_a_store_replaced_by_an_older_one_is_rebuilt_from(tmp_path, rng):
    first_dir, second_dir = tmp_path / "a", tmp_path / "b"
    first = SqliteStore.open(first_dir, create=True)
    for _ in range(3):
        first.hash_add(BankEntry("b", HashKind.PDQ, random_pdq(rng)))
    second = SqliteStore.open(second_dir, create=True)
    only_in_second = random_pdq(rng)
    second.hash_add(BankEntry("b", HashKind.PDQ, only_in_second))

    class Swappable:
        """A store whose backing directory is swapped for a restored backup."""

        current = first

        def __getattr__(self, name):
            return getattr(self.current, name)

    store = Swappable()
    matcher = HashMatcher(store, None)
    matcher.refresh()
    Swappable.current = second  # revision goes from 4 back to 2
    assert matcher.match_pdq([only_in_second]) == [HashMatch("b", HashKind.PDQ, only_in_second, 0, None)]
