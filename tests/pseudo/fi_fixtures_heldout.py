"""A second Finnish fixture, written after the detector's rules were frozen and never tuned on.

Same marking as ``fi_fixtures`` (``[[K:text]]``). Recall on this set is the honest figure: the
first set was used while writing the rules.
"""

from __future__ import annotations

from fi_fixtures import parse  # noqa: F401 - re-exported for the tests

GROUP_INTERVIEW = """\
Haastattelija: Tervetuloa ryhmähaastatteluun. Esittäytykää vaikka lyhyesti.
[[P:Kaisa Turunen]]: Mä oon [[P:Kaisa]], työskentelen [[O:Pirkanmaan hyvinvointialueella]] sosiaaliohjaajana.
[[P:Arto Vesterinen]]: [[P:Arto Vesterinen]], työhönvalmentaja. Mun puhelin on [[T:045 678 9012]], jos tarvitsette lisätietoja.
[[P:Minna]]: Ja mä oon [[P:Minna Kokkonen]] TE-palveluista.
Haastattelija: Miten asiakkaat ohjautuvat teille?
[[P:Kaisa Turunen]]: Useimmiten [[P:Vesteriseltä]]. [[P:Arton]] kautta tulee ehkä puolet. Loput tulevat suoraan työterveyshuollosta, missä lääkärinä on [[P:Oona Rissanen]].
[[P:Arto Vesterinen]]: Niin, ja [[P:Rissasen]] kanssa ollaan sovittu, että hän laittaa lähetteen suoraan mulle osoitteeseen [[E:arto.vesterinen@tyovalmennus.fi]].
[[P:Minna Kokkonen]]: Meillä [[P:Kokkosen]] tiimissä on ollut haasteita. Esimerkiksi yksi asiakas, [[P:Jorma]], odotti kolme kuukautta. [[P:Jorman]] hetu oli [[H:150668Y210U]], ja se kirjattiin vahingossa muotoon [[X:150668Y210V]].
Haastattelija: Mikä on toiminut hyvin?
[[P:Kaisa Turunen]]: Yhteiset palaverit. [[P:Turusen]] ja [[P:Vesterisen]] viikkopalaveri on ollut tärkein. Sen lisäksi erityisasiantuntija [[P:Valkeapää]] kävi kouluttamassa meitä.
[[P:Arto Vesterinen]]: Ja [[P:Minnalle]] kiitos siitä, että TE-puoli tuli mukaan.
"""

PHONE_NOTES = """\
Yhteystiedot päivitetty 12.5.2022:
- [[P:Riikka Partanen]], [[T:+358 44 321 0987]], [[E:riikka.partanen@example.fi]]
- [[P:Ville Hyvönen]], [[T:050-222 3344]], [[E:ville.hyvonen@example.fi]]
- vaihde [[T:(03) 565 6000]], faksi [[T:03 565 6001]]
- postiosoite [[A:PL 45]], [[A:33101 Tampere]]
- käyntiosoite [[A:Satakunnankatu 18 A]], 3. krs
Asiakasnumero 100 2003 ja laskun viite 12345 67890 eivät ole puhelinnumeroita.
"""

SURVEY = [
    "Sain apua vasta, kun [[P:Partaselle]] soitettiin uudestaan.",
    "Kiitos [[P:Hyvöselle]] ja koko tiimille! Asun [[A:Kalevantie 4 B 7]], jos haluatte lähettää kyselyn postitse.",
    "Tunnukseni on [[H:010590-987R]]? En muista tarkkaan, ehkä [[X:010590-987S]].",
    "Koordinaattori [[P:Leinonen]] ei vastannut sähköposteihin ([[E:m.leinonen@kunta.fi]]).",
    "[[P:Mervi]] ja [[P:Pentti]] Kelan toimistosta tekivät parhaansa.",
    "Yhteyttä voi ottaa numeroon [[T:0400 123 456]].",
]

REPORT = """\
Ohjausryhmän pöytäkirja. Läsnä: [[P:Tuomas Jokinen]] (pj), [[P:Elina Savolainen]], [[P:Ilkka Honkanen]] ja [[P:Sari Räsänen]] (siht.).
1. [[P:Jokinen]] avasi kokouksen klo 13.05. 2. [[P:Savolaisen]] esitys hyväksyttiin. 3. [[P:Honkasen]] ehdotuksesta päätettiin järjestää seminaari.
Pöytäkirjan vakuudeksi [[P:Sari Räsänen]], puh. [[T:029 502 1234]].
"""


def documents() -> list[tuple[str, str, str]]:
    """(name, kind, marked text) of every held-out document."""
    docs = [("Ryhmähaastattelu", "transcript", GROUP_INTERVIEW), ("Yhteystiedot", "document", PHONE_NOTES),
            ("Pöytäkirja", "status-report", REPORT)]
    docs += [(f"Kysely {i + 1}", "survey-answer", a) for i, a in enumerate(SURVEY)]
    return docs
