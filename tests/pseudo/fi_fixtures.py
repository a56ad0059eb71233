"""Finnish test material with planted identifiers, written for these tests.

Planted identifiers are marked ``[[K:text]]`` where K is the kind: P person, H valid identity
code, X identity code with a wrong check character or date (must NOT be found as one), T phone
number, E e-mail, A street address, O organisation, L place. ``parse`` strips the marks and
returns the plain text with the gold spans. Names are inflected as they are in speech
("Virtasen", "Korhoselle", "Pekalta"); several names are on no list the detector has.
"""

from __future__ import annotations

import re

KINDS = {"P": "person", "H": "hetu", "X": "bad-hetu", "T": "phone", "E": "email", "A": "address",
         "O": "organisation", "L": "place"}

INTERVIEW_1 = """\
Haastattelija: Kiitos, että lähdit mukaan. Kerrotko aluksi, miten päädyit työkykykoordinaattorin asiakkaaksi?
[[P:Liisa]]: No, mä olin ollut pitkään sairauslomalla, ja sitten työterveyslääkäri [[P:Matti Virtanen]] ehdotti, että otetaan yhteyttä TE-toimistoon. [[P:Virtasen]] mielestä mun työkyky ei ollut enää entisellä tasolla.
Haastattelija: Kuka siellä otti sut vastaan?
[[P:Liisa]]: Koordinaattori [[P:Pekka Korhonen]]. [[P:Korhosen]] kanssa tehtiin suunnitelma, ja [[P:Korhoselle]] mä soitin melkein viikoittain, numero oli [[T:040 123 4567]]. Hän laittoi myös sähköpostia osoitteesta [[E:pekka.korhonen@te-toimisto.fi]].
Haastattelija: Millaista tukea sait?
[[P:Liisa]]: Sain työkokeilupaikan. [[P:Virtaselle]] mä kerroin, että jaksan neljä tuntia päivässä. [[P:Pekalta]] tuli sitten tieto, että paikka löytyi Tampereelta.
Haastattelija: Oliko muita ihmisiä mukana?
[[P:Liisa]]: Kuntoutusohjaaja [[P:Heikura]] oli yhdessä palaverissa, ja myöhemmin [[P:Saija Pöntinen]] Kelasta. [[P:Pöntiselle]] mä toimitin B-lausunnon. Lomakkeessa luki mun henkilötunnus [[H:131052-308T]], ja yhdessä kopiossa se oli väärin, [[X:131052-308X]].
Haastattelija: Entä nyt?
[[P:Liisa]]: Nyt oon töissä. Esimies [[P:Jukka Laine]] on ollut tosi joustava, ja [[P:Laineen]] kanssa sovitaan vuorot. Toinen asia on se, että työkaveri [[P:Tuovi]] auttaa, jos tulee kipuja.
"""

INTERVIEW_2 = """\
Haastattelija: Kertoisitko roolistasi hankkeessa?
[[P:Anna-Liisa Oinonen]]: Toimin projektipäällikkönä. Meidän tiimissä oli [[P:Mikko Mäkinen]], [[P:Sanna Heikkilä]] ja [[P:Iiris Kärkkäinen]]. [[P:Mäkiselle]] kuului asiakastyö, [[P:Heikkilälle]] viestintä.
Haastattelija: Miten yhteistyö työnantajien kanssa sujui?
[[P:Anna-Liisa Oinonen]]: Hyvin. Esimerkiksi toimitusjohtaja [[P:Kristian Nyberg]] otti meidän kautta kaksi osatyökykyistä töihin. [[P:Nybergin]] yrityksen osoite on [[A:Hämeenkatu 5 B 12, 33100 Tampere]], ja siellä käytiin tutustumassa. Puhelin [[T:+358 50 765 4321]] on hänen suora numeronsa.
Haastattelija: Tuliko vastaan ongelmia?
[[P:Anna-Liisa Oinonen]]: Yksi asiakas antoi väärän henkilötunnuksen [[X:010385-142L]], oikea oli [[H:010385-142K]]. Sen jälkeen [[P:Kärkkäinen]] tarkisti aina tunnukset. [[P:Mikon]] mielestä järjestelmä olisi voinut tarkistaa ne itse.
Haastattelija: Miten asiakkaat tavoittivat teidät?
[[P:Anna-Liisa Oinonen]]: Yleisnumerosta [[T:09-876 5432]] tai sähköpostilla [[E:hanke(at)kunta.fi]]. Toimisto oli osoitteessa [[A:Mannerheimintie 10 A]], mutta muutimme [[A:Puistolan raitti 7]]:een.
Haastattelija: Mitä jäi käteen?
[[P:Anna-Liisa Oinonen]]: [[P:Sannan]] tekemä opas on edelleen käytössä. Ja [[P:Iiriksen]] kehittämä malli levisi muihin kuntiin.
"""

INTERVIEW_3 = """\
H: Miten työkyvyn tuen tarve tunnistettiin?
V: Meillä on käytössä kysely. Työterveyshoitaja [[P:Ritva Salonen]] tekee sen kaikille. [[P:Salosen]] mukaan kyselyn avulla löytyy noin kolmannes enemmän tuen tarpeita.
H: Kuka muu teillä on mukana?
V: Fysioterapeutti [[P:Tapani Ahonen]] ja psykologi [[P:Helmi Rantanen]]. [[P:Ahoselle]] ohjataan tuki- ja liikuntaelinvaivaiset, [[P:Rantaselle]] ne, joilla on mielenterveyden haasteita.
H: Miten asiakkaan asiat kirjataan?
V: Järjestelmään. Esimerkiksi viime viikolla kirjattiin [[P:Oskari Lindqvist]], syntynyt 2001, tunnus [[H:241201A9236]]. Hänen puhelinnumeronsa on [[T:0441234567]] ja sähköposti [[E:oskari.lindqvist@gmail.com]]. Kotiosoite [[A:Pohjoinen Rautatiekatu 21 as. 4]], [[A:00100 Helsinki]].
H: Entä vanhemmat asiakkaat?
V: Sama. [[P:Eino Hämäläinen]], tunnus [[H:070779-037R]], soittaa usein numerosta [[T:(09) 123 4567]]. [[P:Hämäläiselle]] on tehty työkykyarvio kahdesti. [[P:Einon]] tytär [[P:Venla]] tulee yleensä mukaan.
H: Onko tietosuojasta ollut puhetta?
V: On. Koulutuksessa käytiin läpi, ettei tunnuksia kuten [[X:070779-037S]] tai [[X:311385-142K]] saa lähettää sähköpostilla.
"""

SURVEY_ANSWERS = [
    "Yhteistyö [[O:Kelan]] kanssa toimi, mutta työkykykoordinaattori [[P:Marjatta Kinnunen]] vaihtui kesken kaiken.",
    "Palveluohjaaja [[P:Jari]] oli todella hyvä. Häneen sai yhteyden numerosta [[T:050 111 2233]].",
    "En osaa sanoa. Kysykää [[P:Virtaselta]], hän tietää. [[E:jari.nieminen@yritys.fi]]",
    "Tiedot kulkivat huonosti. Soitin [[T:+358 40 987 6543]] monta kertaa, mutta kukaan ei vastannut.",
    "Ohjaaja [[P:Niemisen]] tuki oli ratkaisevaa. Sain työpaikan [[O:Rakennus Mäkelä Oy]]:stä.",
    "Hyvä ohjelma. Toivottavasti jatkuu. Usko omiin kykyihin kasvoi.",
    "Asiakkaani hetu [[H:290204A566L]] meni väärin lomakkeelle, piti korjata.",
    "Minut ohjattiin [[L:Kivijärvelle]] kuntoutukseen, ja siellä [[P:Tuula]] auttoi.",
]

STATUS_REPORT = """\
Hankkeen tilannekatsaus 3/2022. Yhteyshenkilö: [[P:Jaana Lehtonen]], puh. [[T:040-555 1234]], [[E:jaana.lehtonen@hyvinvointialue.fi]].
Toimenpiteet: työkykykoordinaattorikoulutus jatkui, kouluttajana [[P:Harri Saarinen]]. [[P:Saarisen]] arvion mukaan osallistujia oli 45.
Seuraava ohjausryhmän kokous pidetään osoitteessa [[A:Kauppakatu 3]], kokoushuone Kuusi. Puheenjohtaja [[P:Lehtonen]] avaa kokouksen.
"""

#: Words mid-sentence that must NOT be taken for people (negative controls for precision).
NOT_PEOPLE = ["Kelasta", "TE-toimistoon", "Tampereelta", "Toinen", "Usko"]

_MARK = re.compile(r"\[\[([A-Z]):(.*?)\]\]", re.S)


def parse(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    """(plain text, [(start, end, kind)]) from a marked text."""
    out, gold, pos = [], [], 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos:m.start()]
        out.append(before)
        length += len(before)
        value = m.group(2)
        gold.append((length, length + len(value), KINDS[m.group(1)]))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), gold


def documents() -> list[tuple[str, str, str]]:
    """(name, kind, marked text) of every fixture document."""
    docs = [("Haastattelu 1", "transcript", INTERVIEW_1), ("Haastattelu 2", "transcript", INTERVIEW_2),
            ("Haastattelu 3", "transcript", INTERVIEW_3), ("Tilannekatsaus", "status-report", STATUS_REPORT)]
    docs += [(f"Vastaus {i + 1}", "survey-answer", a) for i, a in enumerate(SURVEY_ANSWERS)]
    return docs
