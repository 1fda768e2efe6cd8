"""The coref suite's pieces on made-up texts, the team's gold file, and the suite on a sample."""

from __future__ import annotations

import json

import pytest
import yaml

from faultlines.eval import coref, coref_gum, coref_news, corefud

CONLLU = """\
# newdoc id = GUM_news_test
# newpar
# sent_id = t-1
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(1-organization-new-sssss-cf1-2-coref
2\tagency\tagency\tNOUN\tNN\tNumber=Sing\t3\tnsubj\t_\tEntity=1)
3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_
4\tits\tits\tPRON\tPRP$\tPerson=3|Poss=Yes|PronType=Prs\t5\tnmod:poss\t_\tEntity=(2-object-new-sssss-cf2-2-coref(1-organization-giv:act-sssss-cf1-1-ana)
5\tplan\tplan\tNOUN\tNN\tNumber=Sing\t6\tnsubj\t_\tEntity=2)
6\tworked\twork\tVERB\tVBD\t_\t3\tccomp\t_\tSpaceAfter=No
7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# newpar
# sent_id = t-2
1\tIt\tit\tPRON\tPRP\tCase=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs\t2\tnsubj\t_\tEntity=(2-object-giv:act-sssss-cf1-1-ana)
2\tstarted\tstart\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
"""


@pytest.fixture
def gum_doc(tmp_path) -> corefud.Document:
    path = tmp_path / "GUM_news_test.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    return corefud.read(path)


def test_eval_coref_corefud_rebuilds_the_text_with_its_spacing_and_paragraphs(gum_doc) -> None:
    assert gum_doc.text == "The agency said its plan worked.\n\nIt started."
    assert gum_doc.words[3].third_person_pronoun and not gum_doc.words[1].third_person_pronoun


def test_eval_coref_corefud_reads_nested_and_one_word_mentions(gum_doc) -> None:
    spans = {(m.entity, gum_doc.text[slice(*gum_doc.char_span(m))]) for m in gum_doc.mentions}
    assert spans == {("1", "The agency"), ("1", "its"), ("2", "its plan"), ("2", "It")}


def test_eval_coref_gum_cases_need_an_earlier_mention_of_the_entity(gum_doc) -> None:
    cases = coref_gum.cases(gum_doc)
    assert [(gum_doc.words[c.word].form, c.entity) for c in cases] == [("its", "1"), ("It", "2")]


def test_eval_coref_gum_right_takes_the_smallest_gold_mention_holding_the_head(gum_doc) -> None:
    its, it = coref_gum.cases(gum_doc)
    assert coref_gum.right(gum_doc, its, 1)  # "agency" heads "The agency"
    assert not coref_gum.right(gum_doc, its, None)
    assert coref_gum.right(gum_doc, it, 4)  # "plan" heads "its plan"
    assert not coref_gum.right(gum_doc, it, 3)  # "its" alone is the agency


def test_eval_coref_locate_follows_the_words_into_the_cleaned_text() -> None:
    raw = "Photo: AFP\nThe army said\nit would stay. It said so."
    clean = "The army said it would stay. It said so."
    assert coref_news.locate(raw, raw.index("it would"), "it", clean) == clean.index("it would")
    assert coref_news.locate(raw, raw.index("It said"), "It", clean) == clean.index("It said")


def test_eval_coref_locate_ignores_soft_hyphens_and_refuses_a_wrong_offset() -> None:
    raw = "Paki\u00adstan said its army"
    assert coref_news.locate(raw, raw.index("its"), "its", "Pakistan said its army") == 14
    with pytest.raises(ValueError):
        coref_news.locate(raw, 0, "its", "Pakistan said its army")


def test_eval_coref_matches_as_the_news_score_does() -> None:
    yoon = {"name": "Yoon Suk Yeol", "country": "KOR", "code": "KOR", "text": "he"}
    assert coref_news.matches(yoon, ("KOR",))
    assert coref_news.matches(yoon, ("USA", "Yoon"))
    assert not coref_news.matches(yoon, ("USA", "Lee"))
    assert coref_news.matches(None, ("-",)) and not coref_news.matches(None, ("KOR",))
    assert not coref_news.matches(yoon, ("-",))


def test_eval_coref_strict_values_keep_the_named_person_or_group() -> None:
    states = frozenset({"KOR", "USA"})
    assert coref_news.strict_values(("KOR", "Yoon"), states) == ("Yoon",)
    assert coref_news.strict_values(("USA", "KOR"), states) == ("USA", "KOR")
    assert coref_news.strict_values(("-", "Ben & Jerry"), states) == ("Ben & Jerry", "-")


def test_eval_coref_view_antecedent_is_the_linked_one_else_the_last_with_the_same_actor(
        nlp) -> None:
    from faultlines.ingest.draft import Draft
    from faultlines.pipeline import make_doc

    doc = nlp(make_doc(nlp, Draft(text="Norway said its officials would go. Norway left.",
                                  origin="t")))
    actor_at, antecedent = coref.view_reading(doc, doc._.mentions)
    its, officials, norway = (next(t.i for t in doc if t.text == w)
                              for w in ("its", "officials", "left"))
    assert [a["country"] for a in actor_at(its)] == ["NOR"]
    assert doc[antecedent(its)].text == "Norway"  # the coreference link
    assert doc[antecedent(officials)].text == "Norway"  # the state its officials are placed in
    assert antecedent(norway - 1) == its  # the latest mention of Norway before it


def test_eval_coref_gold_file_is_split_by_article_and_loads() -> None:
    gold = coref_news.load()
    assert len(gold) >= 250
    halves = {m.article: m.split for m in gold}
    assert set(halves.values()) == {"tune", "check"}
    assert all(halves[m.article] == m.split for m in gold)
    assert min(sum(m.split == s for m in gold) for s in ("tune", "check")) >= 100


@pytest.mark.gold
def test_eval_coref_gold_keeps_the_news_gold_out_and_its_words_at_their_offsets(shared) -> None:
    news_gold = {g["id"] for g in yaml.safe_load(
        (shared / "eval" / "news" / "gold.yaml").read_text(encoding="utf-8"))}
    gold = coref_news.load()
    assert not {m.article for m in gold} & news_gold
    texts = {}
    with (shared / coref.ARTICLES).open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            texts[row["id"]] = row["text"]
    assert all(texts[m.article][m.at:m.at + len(m.text)] == m.text for m in gold)


@pytest.mark.gold
@pytest.mark.slow
def test_eval_coref_suite_runs_on_a_sample(shared) -> None:
    result = coref.run(limit=2)
    assert result.metrics["news_located"] == result.metrics["news_mentions"] > 0
    assert result.metrics["gum_news_pronouns"] > 0
    assert 0.0 <= result.metrics["pipeline_accuracy"] <= 1.0


def test_eval_coref_gum_paths_are_news_and_the_test_documents_of_the_ranker_genres(
        tmp_path) -> None:
    folder = tmp_path / "conllu" / "open"
    folder.mkdir(parents=True)
    for name in ("news_a", "news_b", "academic_c", "academic_d", "bio_e"):
        (folder / f"GUM_{name}.conllu").write_text("", encoding="utf-8")
    splits = {"GUM_news_a": "train", "GUM_news_b": "test", "GUM_academic_c": "test",
              "GUM_academic_d": "train", "GUM_bio_e": "test"}
    assert [p.stem for p in coref.gum_paths(tmp_path, splits, None)] == [
        "GUM_academic_c", "GUM_news_a", "GUM_news_b"]  # bio is not a ranker genre


def test_eval_coref_metrics_report_the_rules_beside_the_ranker() -> None:
    news = [{"kind": "pronoun", "split": "tune", "located": True,
             **{f"{s}_right": s != "rules" for s in coref.SYSTEMS},
             **{f"{s}_strict": True for s in coref.SYSTEMS}}]
    gum = [{"split": "test", "genre": "academic", "etype": "person",
            **{f"{s}_right": s == "rules" for s in coref.SYSTEMS}}]
    m = coref.metrics(news, gum)
    assert m["pipeline_tune_accuracy"] == 1.0 and m["rules_tune_accuracy"] == 0.0
    assert m["rules_gum_open_test_accuracy"] == 1.0 and m["gum_news_pronouns"] == 0


def test_eval_coref_codes_what_the_pipeline_runs_before_the_coref_stage(nlp) -> None:
    ours = [n.removeprefix("faultlines_") for n in nlp.pipe_names if n.startswith("faultlines_")]
    assert coref.STAGES == tuple(ours[:ours.index("coref")])
