"""French speaker rules found on the copy studied in session 51: a document qualified by a
complement keeps the participle that says which one it is; a document paid for by a body, with no
author, speaks itself; an association introduced with an elided complement is the one "l'association"
means; a pronoun after a company introduced by its noun and named is that company. Sentences and
names invented for these tests."""

from __future__ import annotations

from extract_support import speaker_of


def test_a_document_with_a_complement_keeps_its_participle():
    text = "Titre\n\nSelon le document de synthèse remis aux élus, la région apportera 12 millions d'euros.\n"
    assert speaker_of(text, "12 millions", "fr") == "document de synthèse remis aux élus"


def test_a_document_commissioned_by_a_committee_speaks_itself():
    text = ("Titre\n\nSelon un rapport d'expertise commandé par le comité social et économique, l'usine a perdu "
            "3,2 millions d'euros en 2025.\n")
    assert speaker_of(text, "3,2 millions", "fr") == "rapport d'expertise commandé par le comité social et économique"


def test_an_association_introduced_with_a_complement_is_the_association():
    text = ("Titre\n\n« C'est un rattrapage », a réagi le président de l'association d'usagers Ligne Brive-Tulle, "
            "Marc Delpech. L'association a rappelé qu'en 2025, un train sur quatre avait été supprimé.\n")
    assert speaker_of(text, "un train sur quatre", "fr") == "Ligne Brive-Tulle"


def test_elle_after_a_company_introduced_by_its_noun_and_named():
    text = ("Titre\n\nDans un communiqué, la compagnie nationale d'électricité Volta Power a attribué la panne à "
            "une ligne. Elle a précisé que le courant avait été rétabli dans 80 % des foyers.\n")
    assert speaker_of(text, "80 % des foyers", "fr") == "Volta Power"
