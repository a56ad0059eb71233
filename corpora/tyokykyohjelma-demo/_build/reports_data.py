"""Hand-written texts of 24 bi-monthly status reports of six fictional STM state-grant projects.

Project names, municipalities (Esimerkkikaupunki, Mallikoski, ...) and all events are fictional.
Each report: period (start, end), status, and the three free-text fields. "fmt" tells the
builder whether the report is written as .docx, .pdf or as a row of the Hankesalkku export.
"""

SOTE = "Työkyvyn tuen palvelut osaksi sosiaali- ja terveyskeskusta"
TUETTU = "Tuetun työllistämisen menetelmät"
OSAAMINEN = "Ammattilaisten osaamisen vahvistaminen"

# key -> (project name, measure, region, organisation type)
PROJECTS = {
    "kykyarki": ("Kykyarki", SOTE, "Pohjois-Pohjanmaa", "Kuntayhtymä"),
    "tiimitupa": ("Tiimitupa", SOTE, "Pohjois-Karjala", "Kuntayhtymä"),
    "tyopolku": ("Työpolku", TUETTU, "Pirkanmaa", "Kunta"),
    "valokeila": ("Valokeila", TUETTU, "Varsinais-Suomi", "Kunta"),
    "osaajaverkko": ("Osaajaverkko", OSAAMINEN, "Pirkanmaa", "Oppilaitos"),
    "siltatyo": ("Siltatyö", SOTE, "Varsinais-Suomi", "Kuntayhtymä"),
}


def R(project, start, end, fmt, status, progress, risks, nxt):
    """One status report; start and end are ISO dates."""
    return {"project": project, "start": start, "end": end, "fmt": fmt, "status": status,
            "Eteneminen": progress, "Riskit": risks, "Seuraavat toimenpiteet": nxt}


REPORTS = [
    # --- Kykyarki (Pohjois-Pohjanmaa) ---
    R("kykyarki", "2021-01-01", "2021-02-28", "docx", "Etenee suunnitellusti",
      "Hanke käynnistyi tammikuussa, ja projektipäällikkö aloitti työnsä 11.1. Esimerkkikaupungin, Mallikylän ja kuntayhtymän edustajista koottu ohjausryhmä kokoontui ensimmäisen kerran helmikuun alussa. Nykytilan kartoitus on aloitettu haastattelemalla terveysasemien, aikuissosiaalityön ja TYP:n työntekijöitä siitä, miten työttömien työkyvyn tuen tarve nykyisin tunnistetaan. Alustavien havaintojen mukaan tunnistaminen on satunnaista ja riippuu yksittäisen työntekijän aktiivisuudesta.",
      "Terveydenhoitajan ja sosiaaliohjaajan rekrytoinnit ovat vielä kesken, ja hakijoita on ollut vähän. Koronatilanteen vuoksi kartoitushaastattelut tehdään etäyhteyksin, mikä hidastaa luottamuksellisen keskusteluyhteyden syntymistä kumppaneihin.",
      "Rekrytoinnit pyritään saamaan päätökseen maaliskuun loppuun mennessä. Nykytilan kartoitus kootaan raportiksi ja esitellään ohjausryhmälle huhtikuussa. Lisäksi sovitaan THL:n alueellisen tuen kanssa työkyvyn tuen mallinnuksen aikataulusta."),
    R("kykyarki", "2021-07-01", "2021-08-31", "docx", "Viivästynyt",
      "Työkyvyn tuen tiimi aloitti Esimerkkikaupungin pääterveysasemalla elokuun puolivälissä, noin kolme kuukautta alkuperäistä suunnitelmaa myöhemmin. Tiimiin kuuluvat terveydenhoitaja, sosiaaliohjaaja ja TE-toimiston työkykykoordinaattori, joka on mukana kahtena päivänä viikossa. Ensimmäiset kuusi asiakasta ohjautuivat tiimiin TYP:n ja aikuissosiaalityön kautta. Kykyviisari otettiin käyttöön alkuhaastattelun tukena, ja sen käytöstä järjestettiin henkilöstölle lyhyt perehdytys.",
      "Tiimin lääkäriresurssi on edelleen ratkaisematta, sillä terveysasemalla ei ole voitu irrottaa lääkäriaikaa hankkeelle hoitojonojen vuoksi. Ilman lääkäriä tiimi ei pysty tekemään kattavaa työkyvyn arviota, ja osa asiakkaista joudutaan ohjaamaan tavalliselle vastaanotolle. Kesälomat hidastivat asiakasohjautumista.",
      "Neuvotellaan ostopalvelulääkärin käytöstä kahtena iltapäivänä kuukaudessa. Tiimin toiminnasta tiedotetaan terveysasemien hoitajille syyskuun osastotunneilla. Kuntayhtymän tietohallinnon kanssa selvitetään, voidaanko tiimin asiakkuudelle luoda oma kirjaamisnäkymä."),
    R("kykyarki", "2022-03-01", "2022-04-30", "docx", "Etenee suunnitellusti",
      "Tiimillä on raportointijakson lopussa 58 aktiivista asiakasta, ja uusia ohjauksia tulee noin kymmenen kuukaudessa. Ostopalvelulääkäri on tehnyt jakson aikana 19 työkyvyn arviota, joista neljässä asiakas ohjattiin Kelan ammatilliseen kuntoutukseen ja kahdessa selvitettiin eläkeoikeutta. Mallikylässä aloitettiin jalkautuva vastaanotto kirjastolla kerran viikossa. Tiimin toimintamalli kuvattiin Innokylään huhtikuussa, ja kuvausta kommentoi myös kaksi kokemusasiantuntijaa.",
      "Hyvinvointialueen valmistelu sitoo kuntayhtymän johdon aikaa, ja ohjausryhmän maaliskuun kokous jouduttiin siirtämään. On epäselvää, sisällytetäänkö työkyvyn tuen tiimi alueen palveluvalikoimaan vuoden 2023 alusta.",
      "Valmistellaan hyvinvointialueen palvelurakennetyöryhmälle esitys tiimin jatkosta, ja mukaan liitetään asiakaspalautteen yhteenveto. Asiakkaille tehdään keväällä lyhyt palautekysely. Lisäksi tiimin jäsenet osallistuvat THL:n järjestämään vaikuttavuuden arvioinnin työpajaan toukokuussa."),
    R("kykyarki", "2022-09-01", "2022-10-31", "xlsx", "Riskejä",
      "Tiimin asiakkuuksia on kertynyt hankkeen aikana yhteensä 131. Noin kolmannes päättyneistä asiakkuuksista johti työhön, koulutukseen tai kuntoutukseen, ja loput jatkavat muissa palveluissa. Hyvinvointialueen aluehallitus hyväksyi lokakuussa järjestämissuunnitelman, jossa työkyvyn tuen tiimien kehittäminen mainitaan yhtenä toimenpiteenä. Hankkeen loppuraportin kirjoittaminen on aloitettu.",
      "Vaikka tiimi on kirjattu järjestämissuunnitelmaan, sen rahoituksesta ei ole vielä päätetty. Terveydenhoitajan määräaikainen työsopimus päättyy vuoden lopussa, ja hän on jo hakenut muita tehtäviä. Jos tiimi hajoaa, kertynyt osaaminen ja asiakassuhteet menetetään.",
      "Esitellään hankkeen tulokset hyvinvointialueen sote-keskusten johtoryhmälle marraskuussa. Laaditaan tiimin toiminnasta perehdytysopas, jonka avulla uudet työntekijät voivat jatkaa työtä. Loppuseminaari järjestetään 13.12.2022."),
    # --- Tiimitupa (Pohjois-Karjala) ---
    R("tiimitupa", "2021-03-01", "2021-04-30", "docx", "Viivästynyt",
      "Hankkeen valtionavustuspäätös saatiin helmikuun lopussa, ja toiminta päästiin aloittamaan huhtikuussa. Projektikoordinaattori on aloittanut, ja asiakasvastaavan tehtävä on ollut haettavana. Hankkeen työsuunnitelmaa on tarkennettu Mallikosken TE-toimiston palvelupilotin kanssa, jotta hankkeet eivät tee päällekkäistä työtä.",
      "Asiakasvastaavan haku päättyi ilman sopivaa hakijaa, ja tehtävä laitetaan uudelleen hakuun. Alueen pitkät etäisyydet ja koronarajoitukset vaikeuttavat asiakkaiden tavoittamista Mallijärven suunnalla.",
      "Asiakasvastaavan tehtävä avataan uudelleen toukokuussa laajennetulla kelpoisuudella. Sovitaan yhteistyöpalaverit TE-pilotin ja kunnan työllisyyspalvelujen kanssa kuukauden välein. Kartoitetaan mahdollisuudet etävastaanottoon."),
    R("tiimitupa", "2021-11-01", "2021-12-31", "docx", "Etenee suunnitellusti",
      "Asiakasvastaava aloitti syyskuussa, ja hänellä on nyt 24 asiakasta. Asiakasvastaava kulkee asiakkaan rinnalla ensitapaamisesta siihen asti, kunnes jatkopalvelu on varmistunut, ja osallistuu tarvittaessa asiakkaan tapaamisiin TE-toimistossa tai Kelassa. Mallijärven terveysasemalle avattiin joulukuussa etävastaanotto, jossa asiakas voi tavata tiimin videoyhteydellä hoitajan tukemana. Moniammatillinen tiimi kokoontuu joka toinen viikko käsittelemään uusia asiakkuuksia.",
      "Tiimin ja TE-toimiston välinen tiedonvaihto edellyttää asiakkaan kirjallista suostumusta jokaisella kerralla, mikä hidastaa asioiden etenemistä. Joulukuussa koronatartunnat lisääntyivät, ja osa tapaamisista peruttiin.",
      "Laaditaan yhteinen suostumuslomake, jonka asiakas voi allekirjoittaa kerralla kaikkia palveluja varten, ja pyydetään sille tietosuojavastaavan lausunto. Tammikuussa järjestetään terveysasemien henkilöstölle infotilaisuus tiimistä."),
    R("tiimitupa", "2022-05-01", "2022-06-30", "docx", "Etenee suunnitellusti",
      "Asiakasvastaavamallin kautta on kevään aikana palveltu 47 asiakasta, joista 12 on ohjautunut kuntoutukseen ja yhdeksän työkokeiluun tai palkkatuettuun työhön. Yhteinen suostumuslomake otettiin käyttöön maaliskuussa, ja sen on todettu sujuvoittavan yhteistyötä erityisesti TE-toimiston työkykykoordinaattorin kanssa. Etävastaanottoa on käyttänyt 15 asiakasta. Hankkeen väliarviointi tehtiin kesäkuussa yhdessä THL:n alueellisen koordinaattorin kanssa.",
      "Hyvinvointialueen käynnistyminen vuoden 2023 alussa tuo muutoksia organisaatiorakenteeseen, eikä vielä tiedetä, mihin palvelualueeseen tiimi sijoittuu. Asiakasvastaava on ainoa kokoaikainen työntekijä, joten hänen poissaolonsa pysäyttävät toiminnan.",
      "Tiimin toimintamalli kuvataan Innokylään elokuun loppuun mennessä. Käydään neuvottelut hyvinvointialueen aikuissosiaalityön ja avoterveydenhuollon johdon kanssa mallin sijoittumisesta. Syksyllä koulutetaan kaksi terveydenhoitajaa asiakasvastaavan varahenkilöiksi."),
    R("tiimitupa", "2022-11-01", "2022-12-31", "xlsx", "Etenee suunnitellusti",
      "Hankkeen aikana asiakasvastaavan kautta on kulkenut 86 asiakasta. Hyvinvointialue päätti joulukuussa, että asiakasvastaavan tehtävä vakinaistetaan aikuissosiaalityön yhteyteen ja tiimi jatkaa sote-keskuksen palveluna. Toimintamallin kuvaus on julkaistu Innokylässä, ja sitä on esitelty kahdelle muulle hyvinvointialueelle. Loppuseminaarissa marraskuussa oli 64 osallistujaa.",
      "Vakinaistettu resurssi kattaa vain yhden asiakasvastaavan, vaikka tarve on arviolta kaksinkertainen. Etävastaanoton jatko riippuu siitä, siirtyvätkö laitteet ja tilat hyvinvointialueen käyttöön sellaisinaan.",
      "Hanke päättyy 31.12.2022, ja loppuraportti toimitetaan STM:lle helmikuussa. Tiimin jatkosta vastaa hyvinvointialueen aikuissosiaalityön palvelupäällikkö. Kokemukset välitetään myös TE-palvelujen tuleville järjestäjille alueen kuntien kanssa käytävissä neuvotteluissa."),
    # --- Työpolku (Pirkanmaa) ---
    R("tyopolku", "2021-05-01", "2021-06-30", "docx", "Etenee suunnitellusti",
      "Hankkeen kaksi työhönvalmentajaa aloittivat toukokuussa, ja he ovat tutustuneet mielenterveys- ja päihdepalvelujen sekä aikuissosiaalityön asiakasprosesseihin Esimerkkilahdessa. Kesäkuussa valmentajat osallistuivat THL:n järjestämän laatukriteerikoulutuksen ensimmäiseen osaan. Alkuperäisessä suunnitelmassa painopiste oli kuntouttavan työtoiminnan kehittämisessä, mutta ohjausryhmä päätti kesäkuussa siirtää painopisteen laatukriteereihin perustuvaan työhönvalmennukseen.",
      "Suunnan muutos edellyttää työsuunnitelman ja budjetin päivittämistä, ja muutos pitää hyväksyttää rahoittajalla. Hankkeella ei ole omaa asiakaskuntaa, joten asiakkaiden ohjautuminen riippuu mielenterveyspalvelujen ammattilaisten aktiivisuudesta.",
      "Päivitetty työsuunnitelma lähetetään STM:lle elokuussa. Psykiatrian poliklinikan ja mielenterveyskeskuksen kanssa sovitaan asiakasohjauksen käytännöistä. Valmentajat jatkavat laatukriteerikoulutusta syksyllä."),
    R("tyopolku", "2021-09-01", "2021-10-31", "docx", "Riskejä",
      "Työsuunnitelman muutos hyväksyttiin syyskuussa. Valmennukseen on ohjautunut 13 asiakasta, suurin osa mielenterveyskeskuksesta. Ammatillinen profilointi on tehty kymmenelle asiakkaalle, ja kahdelle on löytynyt osa-aikainen työpaikka. Valmentajat ovat ottaneet yhteyttä 40 työnantajaan, pääosin kaupan ja kiinteistöpalvelujen aloilla.",
      "Yritysten tavoittaminen on ollut vaikeaa, koska monella työpaikalla on ollut rajoituksia ulkopuolisten vierailuihin. Asiakasohjauksia tulee vähemmän kuin tavoitteena oli, sillä osa hoitotahoista epäilee, ovatko asiakkaat riittävän kuntoutuneita työhön. Toisen työhönvalmentajan sijaisuus on auki lokakuusta alkaen.",
      "Mielenterveyskeskuksen henkilöstölle pidetään marraskuussa infotilaisuus siitä, miksi malli ei edellytä asiakkaalta ensin täyttä toipumista. Sijaisen rekrytointi aloitetaan heti. Työnantajayhteistyötä vahvistetaan kaupungin elinkeinopalvelujen yrityskoordinaattorin kanssa."),
    R("tyopolku", "2022-01-01", "2022-02-28", "docx", "Etenee suunnitellusti",
      "Valmennuksessa on nyt 29 asiakasta, ja hankkeen alusta lähtien työllistymisiä on kertynyt 11, joista kolme kokoaikaisia. Mielenterveyskeskuksen infotilaisuuden jälkeen ohjaukset lisääntyivät selvästi, ja tammi–helmikuussa uusia asiakkaita tuli yhdeksän. Valmentajat tekivät tammikuussa THL:n kanssa ensimmäisen laatukriteeriarvioinnin, jossa toiminta arvioitiin pääosin mallin mukaiseksi. Yrityskoordinaattorin kanssa järjestettiin kaksi työnantaja-aamua.",
      "Työsuhteen alkuvaiheen tuki vie valmentajilta enemmän aikaa kuin oli arvioitu, mikä rajoittaa uusien asiakkaiden vastaanottamista. Laatukriteeriarvioinnissa puutteeksi todettiin yhteistyön vähäisyys hoitavan tahon kanssa.",
      "Sovitaan psykiatrian poliklinikan kanssa säännölliset kolmikantatapaamiset valmentajan, hoitajan ja asiakkaan kesken. Selvitetään kolmannen valmentajan palkkaamista kaupungin omalla rahoituksella. Kevään aikana kootaan asiakastarinoita viestinnän käyttöön."),
    R("tyopolku", "2022-07-01", "2022-08-31", "xlsx", "Etenee suunnitellusti",
      "Työllistymisiä on kertynyt yhteensä 23, ja niistä 17 on jatkunut yli kolme kuukautta. Kolmikantatapaamiset ovat vakiintuneet, ja hoitotahot ohjaavat nyt asiakkaita oma-aloitteisesti. Kaupunki päätti kesäkuussa jatkaa tuettua työhönvalmennusta hankkeen jälkeen kahden valmentajan voimin osana sosiaalipalveluja. Toiminnasta tehtiin kesällä opinnäytetyö, jossa haastateltiin kahdeksaa työnantajaa.",
      "Kun sosiaalipalvelut siirtyvät hyvinvointialueelle, toiminnan rahoitus ja sijoittuminen on neuvoteltava uudelleen. Kaupungin päätös koskee vain vuotta 2023, joten pidemmän aikavälin jatkuvuus on vielä auki.",
      "Laaditaan hyvinvointialueen valmistelijoille tiivis kuvaus mallista, tuloksista ja kustannuksista. Syyskuussa aloitetaan yhteistyö Kelan paikallistoimiston kanssa, jotta TEAK-palvelun ja tuetun työhönvalmennuksen työnjako selkeytyy."),
    # --- Valokeila (Varsinais-Suomi) ---
    R("valokeila", "2021-03-01", "2021-04-30", "docx", "Etenee suunnitellusti",
      "Hanke aloitti maaliskuussa kartoittamalla Mallilahden vammaispalvelujen työ- ja päivätoiminnan nykytilan. Työtoiminnassa on noin 90 asiakasta, joista henkilökunnan arvion mukaan kolmannes voisi tuetusti siirtyä palkkatyöhön. Hankkeeseen rekrytoitiin kehittäjä-työhönvalmentaja, ja ohjausryhmään saatiin edustajat TE-toimistosta, Kelasta ja paikallisesta yrittäjäyhdistyksestä.",
      "Osa asiakkaiden omaisista suhtautuu palkkatyöhön varauksellisesti, koska he pelkäävät työkyvyttömyyseläkkeen menettämistä. Työtoiminnan ohjaajien työaika on täysin sidottu päivittäiseen toimintaan.",
      "Järjestetään omaisille ja asiakkaille infotilaisuus eläkkeen ja palkkatulon yhteensovittamisesta yhdessä Kelan asiantuntijan kanssa. Aloitetaan neuvottelut kahden paikallisen yrityksen kanssa alihankintatöiden siirtämisestä yritysten tiloihin."),
    R("valokeila", "2021-11-01", "2021-12-31", "pdf", "Etenee suunnitellusti",
      "Alihankintamallin pilotti on ollut käynnissä syyskuusta lähtien pakkaamoyrityksen kanssa: neljä työtoiminnan asiakasta tekee työtä yrityksen tiloissa valmentajan tuella kolmena päivänä viikossa. Toinen yritys, kiinteistöhuoltoalan toimija, on ilmoittanut olevansa valmis kokeiluun vuodenvaihteessa. Sosiaalihuollon palvelupolun kuvaus on luonnosvaiheessa, ja siinä on tunnistettu kolme kohtaa, joissa asiakkaan siirtyminen seuraavaan palveluun tyypillisesti pysähtyy.",
      "Pakkaamon työtehtävät vaihtelevat kausittain, ja hiljaisina viikkoina asiakkaille ei ole tarjota tekemistä. Vammaispalvelujen ja aikuissosiaalityön asiakastiedot ovat eri järjestelmissä, mikä hankaloittaa palvelupolun kuvaamista.",
      "Sovitaan pakkaamon kanssa varatehtävistä hiljaisiin jaksoihin. Palvelupolun luonnos käsitellään tammikuussa työpajassa, johon kutsutaan TE-toimiston, Kelan ja työllisyyspalvelujen edustajat."),
    R("valokeila", "2022-05-01", "2022-06-30", "pdf", "Riskejä",
      "Alihankintamallissa on mukana kaksi yritystä ja yhteensä yhdeksän asiakasta. Kaksi asiakasta on siirtynyt pakkaamon palkkalistoille osa-aikaisiksi työntekijöiksi palkkatuen avulla. Palvelupolun kuvaus valmistui toukokuussa, ja siihen kirjattiin selkeät siirtymäkohdat työtoiminnasta tuettuun työhön ja edelleen avoimille työmarkkinoille.",
      "Palvelupolun käyttöönotto edellyttää, että vammaispalvelut ja aikuissosiaalityö yhtenäistävät käytäntöjään, mutta yhteistä tahtotilaa ei ole vielä syntynyt. Johdon huomio on hyvinvointialueen valmistelussa, eikä palvelupolkua ole käsitelty sosiaalipalvelujen johtoryhmässä. Tiedot eivät kulje edes oman organisaation sisällä.",
      "Pyydetään palvelupolun käsittelyä sosiaalipalvelujen johtoryhmän elokuun kokoukseen. Kootaan kahden työllistyneen asiakkaan kokemuksista tapauskuvaukset päätöksenteon tueksi. Valmistellaan kolmannen yrityksen mukaantuloa syksyllä."),
    R("valokeila", "2022-09-01", "2022-10-31", "xlsx", "Riskejä",
      "Alihankintamallia on pilotoitu kolmessa yrityksessä, ja mukana on ollut kaikkiaan 14 asiakasta. Palkkatyöhön on siirtynyt neljä henkilöä. Sosiaalipalvelujen johtoryhmä käsitteli palvelupolkua elokuussa ja päätti viedä sen hyvinvointialueen vammaispalvelujen valmisteluryhmälle.",
      "Hyvinvointialueen valmisteluryhmässä palvelupolkua ei ole vielä käsitelty, ja hankkeen päättyessä vastuuhenkilöä ei ole nimetty. Yritysyhteistyö on rakentunut hankkeen kehittäjä-työhönvalmentajan henkilökohtaisten suhteiden varaan.",
      "Yritysyhteistyön käytännöt kirjataan sopimuspohjaksi, jota työtoiminnan yksiköt voivat käyttää ilman hanketta. Loppuraportissa esitetään hyvinvointialueelle, että alihankintamallin koordinointi sijoitetaan vammaispalvelujen työllistymistä tukevaan toimintaan."),
    # --- Osaajaverkko (Pirkanmaa) ---
    R("osaajaverkko", "2021-01-01", "2021-02-28", "pdf", "Etenee suunnitellusti",
      "Esimerkkiniemen ammattikorkeakoulu valmistelee 30 opintopisteen työkykykoordinaattorikoulutuksen ensimmäistä toteutusta, joka alkaa syyskuussa. Koulutuksen opettajat osallistuivat tammikuussa kansalliseen kouluttajakoulutukseen. Alueen Työkykyohjelman hankkeille koottiin lista Työkyvyn tuki -koulutuksen osallistujista, ja ilmoittautuneita on tähän mennessä 38.",
      "Sosiaali- ja terveysalan henkilöstön on vaikea irrottautua koulutukseen koronatilanteen vuoksi. Koulutuksen hinta voi olla este kuntien työntekijöille, jos työnantaja ei korvaa sitä.",
      "Koulutuksen haku avataan huhtikuussa, ja siitä tiedotetaan TE-toimistoille, kunnille, Kelalle ja järjestöille. Selvitetään mahdollisuus järjestää osa lähipäivistä iltaisin."),
    R("osaajaverkko", "2021-09-01", "2021-10-31", "pdf", "Etenee suunnitellusti",
      "Työkykykoordinaattorikoulutus alkoi syyskuussa 32 opiskelijan ryhmällä. Opiskelijoista kolmannes työskentelee TE-toimistossa tai kunnan työllisyyspalveluissa, ja muut ovat sote-alan, järjestöjen ja oppilaitosten ammattilaisia. Työkyvyn tuki -koulutuksen verkko-osuuden on suorittanut 61 hanketyöntekijää ja yhteistyökumppania. Koulutukseen liittyvät kehittämistehtävät kytketään opiskelijoiden omiin työyhteisöihin.",
      "Terveysasemien henkilöstön osuus koulutuksissa on jäänyt pieneksi, vaikka juuri heidän osaamistaan tarvitaan työkyvyn tuen tarpeen tunnistamisessa. Ruotsinkielistä toteutusta ei ole saatavilla.",
      "Järjestetään terveysasemien osastonhoitajille lyhyt esittely siitä, mitä hyötyä koulutuksesta on heidän yksiköilleen. Kysytään kansalliselta koordinaatiolta, onko ruotsinkielistä materiaalia tulossa. Kokemusasiantuntijat kutsutaan mukaan lokakuun lähipäiville."),
    R("osaajaverkko", "2022-03-01", "2022-04-30", "pdf", "Viivästynyt",
      "Koulutuksen toinen lähijakso siirrettiin koronatilanteen vuoksi maaliskuusta toukokuulle, ja osa opetuksesta toteutettiin etänä. Kehittämistehtäviä on käynnissä 29, ja niissä on kehitetty esimerkiksi työnhakijan työkykykeskustelun runkoa ja terveysaseman ohjauskäytäntöjä. Kokemusasiantuntijat ovat osallistuneet kolmeen lähipäivään.",
      "Lähijakson siirto viivästyttää valmistumista noin kahdella kuukaudella. Kolme opiskelijaa on keskeyttänyt työtilanteensa muuttumisen vuoksi. Opiskelijoiden työnantajat eivät ole kaikissa tapauksissa järjestäneet aikaa kehittämistehtävien tekemiseen.",
      "Lähijakso toteutetaan toukokuussa kahtena peräkkäisenä päivänä. Opiskelijoiden esihenkilöille lähetetään kirje, jossa kerrotaan kehittämistehtävien tavoitteista ja ajankäytöstä. Suunnitellaan toista toteutusta syksylle 2022."),
    R("osaajaverkko", "2022-11-01", "2022-12-31", "xlsx", "Etenee suunnitellusti",
      "Ensimmäisestä toteutuksesta valmistui joulukuussa 27 työkykykoordinaattoria. Toinen toteutus alkoi lokakuussa 35 opiskelijalla, ja ryhmässä on aiempaa enemmän sote-keskusten työntekijöitä. Työkyvyn tuki -koulutus avattiin syksyllä kaikille, ja sitä markkinoitiin alueen hyvinvointialueen henkilöstölle. Valmistuneiden kehittämistehtävien tiivistelmät koottiin julkaisuksi.",
      "Koulutuksen jatko ammattikorkeakoulun tarjonnassa riippuu siitä, maksavatko työnantajat osallistumisen jatkossa itse. Valmistuneiden osaamista ei aina hyödynnetä, jos heidän tehtävänkuvaansa ei muuteta koulutuksen jälkeen.",
      "Selvitetään hyvinvointialueen ja TE-palvelujen tulevien järjestäjien kiinnostusta ostaa koulutusta omalle henkilöstölleen. Valmistuneille perustetaan alueellinen verkosto, joka kokoontuu kahdesti vuodessa."),
    # --- Siltatyö (Varsinais-Suomi) ---
    R("siltatyo", "2021-05-01", "2021-06-30", "pdf", "Etenee suunnitellusti",
      "Hanke kattaa neljä kuntaa, joissa kussakin on oma terveysasema ja aikuissosiaalityön yksikkö. Touko- ja kesäkuussa pidettiin jokaisessa kunnassa työpaja, jossa sote-keskuksen, työllisyyspalvelujen ja TYP:n työntekijät kuvasivat työttömän asiakkaan nykyisen palvelupolun. Työpajoissa nousi esiin, että asiakas ohjataan usein palvelusta toiseen ilman, että kukaan seuraa, pääseekö hän perille.",
      "Kunnissa on käytössä kolme eri asiakastietojärjestelmää, joten yhteisen kirjaamistavan sopiminen on hankalaa. Kuntakokeilun ja hankkeen kohderyhmät ovat osin päällekkäiset.",
      "Työpajojen tuloksista laaditaan yhteenveto ja ehdotus työkyvyn tuen tiimien kokoonpanosta. Kuntakokeilun kanssa sovitaan elokuussa työnjaosta ja yhteisistä asiakasohjauksen kriteereistä."),
    R("siltatyo", "2021-09-01", "2021-10-31", "pdf", "Viivästynyt",
      "Mallilahdessa ja Esimerkkisalossa työkyvyn tuen tiimit aloittivat syyskuussa, mutta kahdessa pienemmässä kunnassa tiimin käynnistys siirtyy ensi vuoteen. Toimivissa tiimeissä on yhteensä 17 asiakasta. Kuntakokeilun kanssa sovittiin, että kokeilun asiantuntija voi konsultoida tiimiä anonyymisti ennen asiakkaan ohjaamista.",
      "Pienten kuntien terveysasemilla ei ole ollut mahdollista nimetä tiimiin terveydenhoitajaa henkilöstövajeen vuoksi. Tiimin kirjaukset joudutaan tekemään sekä terveydenhuollon että sosiaalihuollon järjestelmiin, mikä vie aikaa asiakastyöltä.",
      "Selvitetään, voisiko pienten kuntien tiimi toimia yhteisenä niin, että terveydenhoitaja tulee Mallilahdesta kahtena päivänä viikossa. Tietohallinnon kanssa sovitaan kirjaamisesta väliaikainen ohje."),
    R("siltatyo", "2022-01-01", "2022-02-28", "pdf", "Riskejä",
      "Kahden pienen kunnan yhteinen tiimi aloitti tammikuussa, joten tiimejä on nyt kolme. Asiakkaita on hankkeen alusta lähtien ollut 74, ja keskimääräinen asiakkuus on kestänyt noin neljä kuukautta. Asiakaspalautteessa korostui, että asiakkaat arvostavat tilanteensa läpikäymistä yhdellä kertaa eri ammattilaisten kanssa.",
      "Esimerkkisalon tiimin sosiaaliohjaaja siirtyi muihin tehtäviin joulukuussa, eikä hänen tilalleen ole saatu ketään, joten tiimin toiminta on käytännössä tauolla. Hyvinvointialueen palvelurakenne on yhä auki, ja on mahdollista, ettei kaikkia tiimejä jatketa.",
      "Esimerkkisalon asiakkaat ohjataan väliaikaisesti Mallilahden tiimiin. Kootaan hyvinvointialueen valmistelijoille vertailu tiimien tuloksista ja kustannuksista. Maaliskuussa järjestetään yhteinen kehittämispäivä kaikille kolmelle tiimille."),
    R("siltatyo", "2022-07-01", "2022-08-31", "xlsx", "Riskejä",
      "Hyvinvointialueen valmistelutoimielin linjasi elokuussa, että työkyvyn tuen tiimejä jatketaan Mallilahdessa ja kahden pienen kunnan yhteisenä tiiminä, mutta Esimerkkisalon tiimi lakkautetaan. Tiimeissä on hankkeen aikana ollut kaikkiaan 139 asiakasta. Tiimien toimintamalli, kirjaamisohje ja asiakasohjauksen kriteerit on kuvattu Innokylään.",
      "Esimerkkisalon asiakkaiden matka Mallilahteen on pitkä, ja osa asiakkaista voi jäädä palvelujen ulkopuolelle. Kirjaamisen päällekkäisyys jatkuu, kunnes hyvinvointialueen yhteinen asiakastietojärjestelmä otetaan käyttöön.",
      "Esimerkkisaloon järjestetään syksystä alkaen kerran kuukaudessa jalkautuva vastaanotto Mallilahden tiimin voimin. Hankkeen tulokset esitellään alueen TYP-johtoryhmälle syyskuussa, ja loppuraportin kirjoittaminen aloitetaan lokakuussa. Hanke päättyy vuoden lopussa."),
]
