"""Build the three fictional programme documents under asiakirjat/.

- valiraportti_2022-12.pdf: interim report of the (fictional) evaluation, headings and a table
- rahoituspaatos_kykyarki.docx: summary of a state-grant decision, headings and two tables
- ohjausryhman_muistio_2022-09-14.docx: steering group memo of a fictional TE service pilot
All organisations, people, numbers and contact details are invented.
"""

from datetime import datetime
from pathlib import Path

from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

CORPUS = Path(__file__).resolve().parent.parent
OUT_DIR = CORPUS / "asiakirjat"

INTERIM = [
    ("h1", "Työkykyohjelman arviointi – väliraportti"),
    ("p", "Arviointitoimisto Esimerkki Oy · Kirsi Laaksonen ja Olli Peltonen · 15.12.2022"),
    ("h2", "1 Johdanto"),
    ("p", "Tämä väliraportti kokoaa Työkykyohjelman arvioinnin ensimmäisen puolen vuoden työn. Arviointi käynnistyi kesäkuussa 2022, ja sen loppuraportti valmistuu keväällä 2023. Väliraportin tarkoitus on kertoa ohjausryhmälle, mitä aineistoja on koottu, millaisia alustavia havaintoja niistä on tehty ja mihin arvioinnin loppuvaihe keskittyy."),
    ("p", "Havainnot ovat alustavia, eikä niitä pidä lukea arvioinnin johtopäätöksinä. Osa toimenpiteistä on vasta käynnistynyt, ja haastattelukierros on kesken."),
    ("h2", "2 Aineistot ja menetelmät"),
    ("p", "Dokumenttiaineistoon on koottu noin 340 asiakirjaa: toimenpiteiden hakemuksia ja päätöksiä, esitysaineistoja ja väliraportteja sekä STM:n valtionavustushankkeiden Hankesalkkuun kirjaamat tilanneraportit vuosilta 2021–2022. Asiakirjat on luokiteltu toimenpiteittäin ja luettu ohjelman seitsemän tavoitteen ja arvioinnin tutkimuskysymysten näkökulmasta. Tilanneraporteista on poimittu etenemistä, riskejä ja seuraavia toimenpiteitä koskevat kirjaukset samaan taulukkoon, jotta yksittäisen hankkeen kehitystä voi seurata jaksosta toiseen."),
    ("p", "Haastatteluja on tehty 31, osa niistä ryhmähaastatteluina. Haastateltavat edustavat ministeriöitä, TE-toimistoja, ELY-keskuksia, hyvinvointialueiden valmisteluorganisaatioita, kuntia, järjestöjä ja yhteiskunnallisia yrityksiä. Tapaustutkimuksen alueiksi valittiin Pohjois-Pohjanmaa, Pohjois-Karjala, Pirkanmaa ja Varsinais-Suomi, koska niissä on käynnissä sekä TEM:n että STM:n toimenpiteitä ja alueiden palvelurakenteet poikkeavat toisistaan. Haastattelut litteroidaan ja koodataan sisällönanalyysin keinoin koodikirjaan, joka on jäsennetty tavoitteiden, toimenpiteiden ja tutkimustehtävien mukaan."),
    ("table", [["Aineisto", "Tilanne 30.11.2022"],
               ["Ohjelma- ja hankeasiakirjat", "noin 340 asiakirjaa"],
               ["Hankesalkun tilanneraportit", "212 raporttia, 2021–2022"],
               ["Yksilö- ja ryhmähaastattelut", "31 haastattelua, 44 henkilöä"],
               ["Sidosryhmäkysely", "avataan 2.3.2023"],
               ["Tilastollinen tilannekuva", "aikasarjojen kokoaminen aloitettu"]]),
    ("p", "Sidosryhmäkysely avataan maaliskuun alussa. Kyselyn luonnos toimitetaan ohjausryhmälle erikseen, ja siihen pyydetään kommentit tammikuun puoliväliin mennessä."),
    ("h2", "3 Alustavat havainnot"),
    ("h3", "3.1 Tavoitteiden toteutuminen"),
    ("p", "Aineiston perusteella ohjelma on vahvistanut erityisesti osatyökykyisten tunnistamista ja ammattilaisten osaamista. Työkykykoordinaattorit mainitaan haastatteluissa yhä uudelleen tekijänä, joka on tuonut osatyökykyisyyden TE-toimistojen arkeen. Sote-keskuksiin perustetut työkyvyn tuen tiimit puolestaan ovat madaltaneet asiakkaiden kynnystä päästä työkyvyn arvioon."),
    ("p", "Työpaikkojen syntymisestä ja työnantajille suunnatuista palveluista näyttöä on selvästi vähemmän. Kuntoutuspolkujen uudistamiseen ohjelmalla näyttää olleen lähinnä epäsuora yhteys, ja sosiaaliturvauudistuksen valmisteluun ohjelma ei haastateltavien mukaan ole juuri osallistunut."),
    ("h3", "3.2 Hallinnonalojen yhteistyö"),
    ("p", "Ministeriöiden toimenpiteet on suunniteltu ja toimeenpantu pitkälti erillään, ja niillä on erilaiset rahoitus- ja raportointikäytännöt. Alueilla yhteistyö on usein syntynyt yksittäisten ihmisten aktiivisuuden varassa, esimerkiksi silloin, kun sama asiantuntija on osallistunut sekä TE-pilotin että sote-keskushankkeen ohjausryhmään. Haastateltavat kuvaavat ohjelman loppuvaihetta yhteistyön kannalta parhaaksi, mutta samaan aikaan hankkeet ovat jo päättymässä."),
    ("h3", "3.3 Jatkuvuuden edellytykset"),
    ("p", "Lähes jokaisessa haastattelussa nousee esiin huoli siitä, miten toimintamallit säilyvät, kun TE-palvelut siirtyvät kuntien vastuulle ja sosiaali- ja terveyspalvelut hyvinvointialueille. Jatkuvuutta tukevat alueilla tehdyt vakinaistamispäätökset ja mallien kirjaaminen hyvinvointialueiden järjestämissuunnitelmiin. Riskeinä mainitaan hankehenkilöstön lähtö, tiedonkulun oikeudelliset esteet sekä se, ettei kehitetyille malleille ole nimetty omistajaa."),
    ("h3", "3.4 Huomioita yksittäisistä toimenpiteistä"),
    ("p", "Työkanava Oy aloitti toimintansa heinäkuussa 2022, joten sen tuloksia ei vielä voida arvioida. Haastatteluissa on kuitenkin kysytty, riittääkö yhtiöön ohjautuvien asiakkaiden määrä ja löytyykö heidän työlleen kysyntää."),
    ("p", "Hankinnoilla työllistämisen vauhditusohjelma on levittänyt työllistämisehdon käyttöä kuntien hankintoihin. Pilottikuntien kokemukset ovat pääosin myönteisiä, mutta ehdon toteutumista on vaikea seurata, koska osatyökykyisyydelle ei ole yksiselitteistä määritelmää ja henkilötietojen käsittelyä rajoitetaan tiukasti."),
    ("p", "Yhteiskunnallisten yritysten osaamiskeskus on toiminut reilun vuoden. Sen neuvontapalvelut tunnetaan kentällä, mutta vaikutukset osatyökykyisten työllistymiseen näkyvät todennäköisesti vasta pidemmän ajan kuluttua. Vaikuttavan työllistämisen mallin kehitystyö taas on jäänyt useimmille haastateltaville vieraaksi, ja malli edellyttäisi rekisteritietojen yhdistämistä tavalla, jota nykyinen lainsäädäntö ei mahdollista."),
    ("h2", "4 Jatkotyö"),
    ("p", "Tammi–helmikuussa tehdään loput haastattelut, erityisesti työnantajien ja Työkanava Oy:n sidosryhmien kanssa. Maaliskuussa toteutetaan sidosryhmäkysely ja kootaan tilastollinen tilannekuva TEM:n, Kelan, ETK:n ja THL:n aineistoista."),
    ("p", "Analyysin tuloksena laaditaan yhteenvetotaulukko, jossa kunkin toimenpiteen yhteys ohjelman tavoitteisiin arvioidaan joko suoraksi tai välilliseksi. Loppuraportin luonnos toimitetaan ohjausryhmälle toukokuussa, ja ohjausryhmän kommentit käsitellään ennen raportin julkaisua."),
]


def build_interim(path):
    """Write the interim report PDF (text layer, headings, one table)."""
    st = getSampleStyleSheet()
    kinds = {"h1": st["Title"], "h2": st["Heading2"], "h3": st["Heading3"], "p": st["BodyText"]}
    story = []
    for kind, content in INTERIM:
        if kind == "table":
            t = Table(content, colWidths=[7 * cm, 7 * cm])
            t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
            story += [Spacer(1, 0.2 * cm), Paragraph("Taulukko 1. Koottu aineisto.", st["Italic"]), t, Spacer(1, 0.3 * cm)]
        else:
            story.append(Paragraph(content, kinds[kind]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, title="Työkykyohjelman arviointi – väliraportti",
                            author="Arviointitoimisto Esimerkki Oy", leftMargin=2.5 * cm, rightMargin=2.5 * cm)
    doc.build(story)


def _fix_props(doc, author, title, when):
    """Deterministic core properties so the .docx can be rebuilt byte-stable enough."""
    p = doc.core_properties
    p.author = p.last_modified_by = author
    p.title = title
    p.created = p.modified = when
    p.revision = 1


def _table(doc, rows, header=True):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for c, value in zip(cells, row):
            c.text = value
            if header and i == 0:
                c.paragraphs[0].runs[0].bold = True
    return t


def build_decision(path):
    """Write the funding decision summary (.docx with headings, a bullet list and two tables)."""
    doc = Document()
    doc.add_heading("Valtionavustuspäätöksen tiivistelmä: Kykyarki", level=1)
    doc.add_paragraph("Tiivistelmä on laadittu hankkeen ohjausryhmän käyttöön. Alkuperäinen päätös liitteineen säilytetään kuntayhtymän asianhallinnassa.")
    doc.add_heading("Päätöksen perustiedot", level=2)
    _table(doc, [
        ["Päätöksen antaja", "Sosiaali- ja terveysministeriö"],
        ["Päätöspäivä", "18.12.2020"],
        ["Diaarinumero", "VN/99999/2020"],
        ["Avustuksen saaja", "Esimerkkikaupungin seudun sosiaali- ja terveyskuntayhtymä"],
        ["Hanke", "Kykyarki – työkyvyn tuki osaksi sote-keskusta"],
        ["Toimenpidekokonaisuus", "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta"],
        ["Hankeaika", "1.1.2021–31.12.2022"],
        ["Myönnetty avustus", "459 200 euroa (80 % hyväksyttävistä kustannuksista)"],
        ["Yhteyshenkilö", "projektipäällikkö Sari Hakala, sari.hakala@esimerkkikaupunki.fi, 040 266 9051"],
    ], header=False)
    doc.add_heading("Hankkeen tavoitteet", level=2)
    doc.add_paragraph("Hankkeessa kehitetään työttömien ja työvoiman ulkopuolella olevien työikäisten työkyvyn tukea osana sote-keskuksen perustoimintaa. Päätöksessä hyväksytyt tavoitteet ovat:")
    for goal in [
        "rakennetaan Esimerkkikaupungin ja Mallikylän sote-keskuksiin moniammatillinen työkyvyn tuen tiimi",
        "otetaan käyttöön asiakasvastaavamalli ja yhtenäiset työkyvyn arvioinnin välineet",
        "sovitaan TE-toimiston, TYP:n, Kelan ja kunnan työllisyyspalvelujen kanssa asiakasohjauksen pelisäännöt",
        "kuvataan toimintamalli Innokylään, jotta muut alueet voivat hyödyntää sitä",
    ]:
        doc.add_paragraph(goal, style="List Bullet")
    doc.add_heading("Hyväksytty kustannusarvio (euroa)", level=2)
    _table(doc, [
        ["Kustannuslaji", "2021", "2022", "Yhteensä"],
        ["Henkilöstökulut", "228 000", "236 000", "464 000"],
        ["Ostopalvelut (lääkäripalvelut, koulutus)", "38 000", "42 000", "80 000"],
        ["Matka- ja tilakulut", "9 000", "9 500", "18 500"],
        ["Muut kulut", "6 000", "5 500", "11 500"],
        ["Yhteensä", "281 000", "293 000", "574 000"],
    ])
    doc.add_paragraph("Kuntayhtymän omarahoitusosuus on 114 800 euroa.")
    doc.add_heading("Avustuksen ehdot ja raportointi", level=2)
    doc.add_paragraph("Avustusta saa käyttää vain päätöksessä hyväksyttyihin kustannuksiin, ja kustannusten on synnyttävä hankeaikana. Hankkeen etenemisestä raportoidaan kahden kuukauden välein valtionhallinnon Hankesalkkuun.")
    doc.add_paragraph("Hankkeen on osallistuttava THL:n ja TTL:n järjestämään kansalliseen koordinaatioon ja toimitettava pyydettäessä aineistoa ohjelman arviointia varten. Loppuraportti ja käyttöselvitys toimitetaan ministeriölle viimeistään neljän kuukauden kuluttua hankeajan päättymisestä. Olennaisista muutoksista hankesuunnitelmaan on haettava muutospäätös ennen kuin muutos toteutetaan.")
    _fix_props(doc, "Esimerkkikaupungin seudun sote-kuntayhtymä", "Valtionavustuspäätöksen tiivistelmä", datetime(2021, 1, 12, 10, 0))
    doc.save(path)


MEMO_ITEMS = [
    ("1 Kokouksen avaus", "Puheenjohtaja avasi kokouksen klo 13.04 ja totesi läsnäolijat.", None),
    ("2 Edellisen kokouksen muistio", "Kesäkuun kokouksen muistio hyväksyttiin ilman muutoksia.", None),
    ("3 Pilotin tilannekatsaus",
     "Projektipäällikkö Eeva Turunen esitteli pilotin tilanteen elokuun lopussa. Alkupalvelussa on kevään jälkeen käytetty uutta työkykykeskustelun runkoa, ja sen avulla osatyökykyisyys on kirjattu 212 uudelle asiakkaalle. Työolosuhteiden järjestelytuen hakemuksia on tehty tammi–elokuussa 19, kun koko edellisenä vuonna niitä tehtiin seitsemän. Ryhmä pohti, kertooko kirjausten kasvu todellisesta muutoksesta vai siitä, että asia osataan nyt kirjata.",
     "Merkittiin tiedoksi. Projektipäällikkö kokoaa loppuraporttia varten vertailun vuosien 2020–2022 luvuista."),
    ("4 Asiakasohjaus ja valmennuspalvelun hankinta",
     "Valmennuspalvelun hankinta viivästyi keväällä, ja palveluntuottajan kanssa tehty sopimus tuli voimaan vasta kesäkuussa. Syyskuun alkuun mennessä palveluun oli ohjattu 23 asiakasta, kun tavoite oli 60. Työkykykoordinaattori Jari Kokkonen arvioi, etteivät asiantuntijat vielä tunne palvelun sisältöä riittävän hyvin. Heidi Pesonen ehdotti, että järjestön kokemusasiantuntija kertoisi asiantuntijoille, millaista tukea asiakkaat ovat kaivanneet.",
     "Järjestetään asiantuntijoille lyhyt info valmennuspalvelusta lokakuun tiimipäivässä. Kokkonen ja Pesonen valmistelevat infon yhdessä."),
    ("5 TE24-uudistus ja pilotin tulosten jatkuvuus",
     "Keskusteltiin siitä, miten pilotin aikana kehitetyt käytännöt siirtyvät vuonna 2025 aloittaville työllisyysalueille. Riikka Savolainen muistutti, että hyvinvointialueen työkyvyn tuen tiimit palvelevat osin samoja asiakkaita, joten työnjako kannattaa sopia jo ennen uudistusta. Antti Kärkkäinen toivoi, että yrittäjillä säilyy yksi tuttu yhteyshenkilö, vaikka organisaatiot muuttuvat.",
     "Puheenjohtaja ja projektipäällikkö laativat marraskuun kokoukseen listan pilotin käytännöistä ja ehdotuksen niiden vastuutahoista uudistuksen jälkeen."),
    ("6 Muut asiat",
     "Timo Räty kertoi, että Kelan Mallikosken toimistossa on aloittanut uusi ammatillisen kuntoutuksen asiantuntija. Yhteystiedot (p. 040 552 8813) toimitetaan ryhmälle muistion liitteenä.", None),
    ("7 Seuraava kokous",
     "Seuraava kokous pidetään keskiviikkona 16.11.2022 klo 13.00 Teamsissa. Puheenjohtaja päätti kokouksen klo 14.52.", None),
]


def build_memo(path):
    """Write the steering group memo (.docx with headings, attendee list and decisions)."""
    doc = Document()
    doc.add_heading("Kyvyt käyttöön -pilotti: ohjausryhmän kokous 4/2022", level=1)
    doc.add_paragraph("MUISTIO")
    doc.add_paragraph("Aika: keskiviikko 14.9.2022 klo 13.00–15.00")
    doc.add_paragraph("Paikka: Mallikosken TE-toimisto, neuvotteluhuone Vaara, sekä Teams-yhteys")
    doc.add_heading("Läsnä", level=2)
    for person in [
        "Markku Hyvönen, palvelujohtaja, Mallikosken TE-toimisto (puheenjohtaja)",
        "Eeva Turunen, projektipäällikkö, Kyvyt käyttöön -pilotti (sihteeri)",
        "Jari Kokkonen, työkykykoordinaattori, Mallikosken TE-toimisto",
        "Riikka Savolainen, kehittämispäällikkö, hyvinvointialueen valmisteluorganisaatio",
        "Timo Räty, palveluasiantuntija, Kela",
        "Heidi Pesonen, toiminnanjohtaja, Askeleet ry",
        "Antti Kärkkäinen, yrittäjä, Mallikosken Yrittäjät ry",
    ]:
        doc.add_paragraph(person, style="List Bullet")
    doc.add_paragraph("Poissa: Liisa Karhu, Mallijärven kunnan työllisyyspalvelut")
    for heading, text, decision in MEMO_ITEMS:
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
        if decision:
            p = doc.add_paragraph()
            p.add_run("Päätös: ").bold = True
            p.add_run(decision)
    doc.add_paragraph("Muistion kirjasi Eeva Turunen.")
    _fix_props(doc, "Eeva Turunen", "Ohjausryhmän muistio 14.9.2022", datetime(2022, 9, 15, 9, 30))
    doc.save(path)


DOCUMENTS = [
    ("asiakirjat/valiraportti_2022-12.pdf", build_interim),
    ("asiakirjat/rahoituspaatos_kykyarki.docx", build_decision),
    ("asiakirjat/ohjausryhman_muistio_2022-09-14.docx", build_memo),
]


def build():
    """Write all three documents and return their relative paths."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for rel, fn in DOCUMENTS:
        fn(CORPUS / rel)
    return [rel for rel, _ in DOCUMENTS]


if __name__ == "__main__":
    print("\n".join(build()))
