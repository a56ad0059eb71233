"""Word lists behind the Finnish name heuristics (written for this project, not copied from a register).

Common Finnish first names and surnames in their basic form; words that introduce a person
("ohjaaja Nieminen"); capitalised words of the evaluation domain that are never people. The lists
only raise confidence: a capitalised "-nen" word mid-sentence is a surname whether listed or not.
"""

from __future__ import annotations

_FIRST = """
Aada Aapo Aarne Aaro Aarre Aatu Ahti Aila Aili Aino Aila Airi Aki Aleksi Aleksanteri Alina Alisa
Alli Amanda Anja Anna Anne Anneli Anni Annika Anniina Annu Anssi Antero Antti Anu Ari Arja Arto
Arttu Arvo Asko Atte Auli Aulis Aune Bertta Eemeli Eemil Eero Eetu Eija Eila Eino Eini Eira Elias
Ella Ellen Elli Elina Eliisa Elisa Elisabet Ellinoora Elmo Emilia Emma Emmi Erik Erika Erkki Esa
Esko Eveliina Eveliina Hanna Hannele Hannu Harri Heidi Heikki Heini Heli Helena Helmi Helvi
Henna Henri Henrik Hilkka Hilla Iida Iina Iiris Ilkka Ilmari Ilona Ilpo Inkeri Irja Irma Irmeli
Jaakko Jaana Jani Janne Jari Jarkko Jarmo Jenna Jenni Jere Jesse Joel Johanna Johannes Joni
Jonna Jorma Jouko Jouni Juha Juhani Juho Jukka Julia Juuso Jussi Jyrki Jyri Kaarina Kaija Kaisa
Kaisu Kalervo Kalle Kari Karoliina Kasper Katariina Kati Katja Kauko Kerttu Kimmo Kirsi Kirsti
Krista Kristian Kristiina Kristiina Kyösti Lahja Lasse Laura Lauri Leena Leevi Leila Lempi Lauri
Liisa Liisi Lotta Lumi Maarit Maija Maire Maria Marika Marja Marjatta Marjo Marjut Markku Marko
Markus Marita Marketta Marko Martti Matias Matleena Matti Merja Mervi Mia Miia Mika Mikael Mikko
Milla Minna Mirja Mirjami Mirka Mirva Mona Nea Niina Niklas Niko Nina Noora Oiva Olavi Oliver
Olli Onni Oona Oskari Osmo Outi Paavo Pasi Pauli Paula Pauliina Pekka Pentti Pertti Petra Petri
Petteri Pia Pirjo Pirkko Päivi Raija Raili Raimo Rainer Raisa Reijo Reino Riikka Riitta Risto
Ritva Roni Ronja Saara Sami Sampo Samu Samuli Sanna Sanni Santeri Sari Sari Sasu Satu Seija
Seppo Siiri Simo Sinikka Sirkka Sirpa Sisko Sofia Sointu Sonja Susanna Suvi Taina Taisto Taneli
Tapani Tapio Tarja Tatu Teemu Teija Terhi Terttu Teuvo Timo Tiina Tuija Tuomas Tuomo Tuula Tuuli
Tuure Tommi Tomi Toni Topias Tuomas Tytti Ulla Unto Urho Urpo Usko Valtteri Vappu Veera Veikko
Veli Venla Vesa Vieno Vilho Ville Vilma Vuokko Väinö Yrjö Aaro Ari-Pekka Anna-Liisa Anna-Maija
Marja-Liisa Marja-Leena Eeva Eeva-Liisa Hilkka-Liisa Juha-Pekka Jukka-Pekka Mari Minttu Nelli
Oskar Pihla Rasmus Reetta Sini Sirja Tanja Ville-Veikko Aaron Benjamin Daniel David Jonatan
Joona Leo Lenni Luukas Mathias Max Mikael Nooa Patrik Robert Sebastian Toivo Eveliina Jasmin
""".split()

_SUR = """
Aalto Aaltonen Ahonen Anttila Aro Blomqvist Eklund Eskelinen Eskola Haapala Hakala Hakkarainen
Halonen Hartikainen Heikkilä Heikkinen Heino Heinonen Heiskanen Helminen Hiltunen Hirvonen
Holmberg Honkanen Huttunen Hyvönen Hämäläinen Ikonen Jokela Jokinen Juntunen Jääskeläinen
Järvelä Järvinen Kallio Karjalainen Karppinen Kauppinen Kemppainen Kettunen Kinnunen Kivelä
Kivinen Koivisto Koivula Koponen Korhonen Korpela Koskela Koski Koskinen Kumpulainen Kurki
Kuusisto Kärkkäinen Laakso Lahtinen Laine Laitinen Lampinen Lappalainen Lassila Laukkanen
Laurila Lehtinen Lehto Lehtonen Leinonen Leppänen Lindholm Lindqvist Lindroos Lundqvist
Luoma Manninen Markkanen Mattila Miettinen Mikkola Mikkonen Moilanen Mustonen Mäkelä Mäki
Mäkinen Mäkelä Niemelä Nieminen Niemi Nurmi Nyberg Nykänen Nyman Ojala Oksanen Pakarinen
Partanen Pelkonen Peltola Peltonen Pesonen Piirainen Pitkänen Pulkkinen Pynnönen Rantala
Rantanen Räsänen Saarinen Salminen Salo Salonen Savolainen Seppälä Seppänen Sillanpää Sirviö
Suominen Tanskanen Tiihonen Tikkanen Toivonen Tuominen Turunen Tuomi Ukkonen Vainio Valtonen
Vartiainen Vesterinen Virtanen Väisänen Ylönen Wikström Lindberg Forsman Grönlund Hannula
Hyttinen Immonen Jaakkola Kokkonen Kolehmainen Koivunen Kostiainen Kuosmanen Lehtimäki Lindström
Mononen Nevalainen Nousiainen Nurminen Ollila Pajunen Parviainen Pietilä Puustinen Rautio
Riikonen Rissanen Ruotsalainen Ryynänen Sirola Sundström Tolonen Tuovinen Uusitalo Vähä-Heikkilä
Virta Ylinen Öhman Kangas Kivimäki Pöyhönen Oinonen Kervinen Savela Hietala Hautala
""".split()

FIRST_NAMES = frozenset(_FIRST)
SURNAMES = frozenset(_SUR)

#: First names that are also everyday words ("usko" faith, "toivo" hope, "lumi" snow): at the
#: start of a sentence they count as names only next to another name.
AMBIGUOUS_FIRST = frozenset({"Usko", "Toivo", "Lahja", "Lumi", "Tuuli", "Onni", "Vieno", "Helmi",
                             "Satu", "Suvi", "Aino", "Sointu", "Lempi", "Armas", "Ilona", "Ahti",
                             "Kurki", "Kangas", "Koski", "Salo", "Mäki", "Niemi", "Kallio",
                             "Laakso", "Luoma", "Nurmi", "Aalto", "Virta", "Lehto", "Tuomi",
                             "Vainio", "Aro", "Mari", "Max", "Leo", "Kari"})

#: Words (lemmas, lower case) after which a capitalised word is a person: "ohjaaja Niemisen".
TITLE_CUES = frozenset("""
ohjaaja kuntoutusohjaaja työkykykoordinaattori koordinaattori asiantuntija asiakas
asiakasohjaaja palveluohjaaja työhönvalmentaja valmentaja lääkäri työterveyslääkäri hoitaja
terveydenhoitaja sairaanhoitaja työterveyshoitaja psykologi fysioterapeutti toimintaterapeutti
sosiaalityöntekijä sosiaaliohjaaja virkailija esihenkilö esimies johtaja toimitusjohtaja
päällikkö projektipäällikkö hankepäällikkö kehittämispäällikkö suunnittelija erityisasiantuntija
neuvonantaja sihteeri rouva herra neiti tohtori professori kollega työkaveri työtoveri
haastateltava vastaaja puoliso vaimo mies äiti isä tytär poika sisko veli ystävä naapuri
opettaja rehtori kuraattori valmentaja mentori yhteyshenkilö työnantaja yrittäjä tiiminvetäjä
vastuuhenkilö kuntoutuja työnhakija ministeri kansanedustaja pormestari
""".split())

#: Capitalised words of the domain that are never a person, even where the heuristics would say so.
NOT_NAMES = frozenset("""
Kela Suomi Suomen Suomessa Suomeen Työkykyohjelma Työkykyohjelman Työkykyohjelmassa TE TEM STM
THL ETK Eurostat Hankesalkku Työkanava Haastattelija Haastateltava Vastaaja Kysymys Vastaus
Ohjaaja Koordinaattori Asiakas Kyllä Ei Niin Mutta Että Kun Jos Tämä Se Ne Me Te He Hän Minä
Sinä Mä Sä Joo No Okei Siis Eli Ja Tai Sitten Nyt Myös Vaikka Koska Kuitenkin
Maanantai Tiistai Keskiviikko Torstai Perjantai Lauantai Sunnuntai
Tammikuu Helmikuu Maaliskuu Huhtikuu Toukokuu Kesäkuu Heinäkuu Elokuu Syyskuu Lokakuu
Marraskuu Joulukuu Covid Korona Teams Zoom Excel Word
""".split())

#: Words ending a company or association name ("Rakennus Virtanen Oy").
ORG_SUFFIXES = frozenset({"Oy", "Oyj", "Ab", "Ay", "Ky", "Tmi", "ry", "r.y.", "Ltd", "Inc", "AB"})
#: Words that follow a place name to make an organisation ("Tampereen kaupunki").
ORG_HEADS = frozenset("""
kaupunki kunta kuntayhtymä hyvinvointialue seurakunta säätiö yhdistys liitto sairaanhoitopiiri
sairaala yliopisto ammattikorkeakoulu oppilaitos opisto TE-toimisto työllisyyspalvelut
""".split())
#: Endings of Finnish place names, used to tell places from other proper nouns in the fallback tier.
PLACE_ENDINGS = ("järvi", "joki", "koski", "salmi", "niemi", "mäki", "vaara", "lahti", "ranta",
                 "saari", "maa", "la", "lä", "pää", "vesi", "kylä", "harju", "linna", "kangas")

# --- Words that are never names: what keeps the detector from flagging ordinary capitalised words.

#: Closed-class words (conjunctions, the negation verb, pronouns and their common forms, question
#: words, sentence adverbs, spoken fillers), lower case. Capitalised they start a sentence; some
#: read as a form of a name ("Milloin" as "Milla", "Samaan" as "Sami"). None is a listed name
#: ("ellen" is left out: "Ellen" is one).
FUNCTION_WORDS = frozenset("""
ja tai sekä eli mutta vaan vaikka koska kun jos ellei ellet ellemme ellette elleivät ettei etten
ettet ettemme ettette etteivät että jotta jottei kuin kunnes mikäli joskin paitsi sillä siis eikä
enkä etkä emmekä ettekä eivätkä en et ei emme ette eivät älä älkää
minä sinä hän me te he mä sä mie sie myö työ hyö se ne tämä tuo nämä nuo tää toi nää noi joka jotka
mikä mitkä kuka ketkä kumpi jokin joku jotkut jotkin mikään kukaan kumpikaan kukin kumpikin
molemmat kaikki jokainen itse muu muut sama samaa saman samaan samassa samasta samalla samalle
samat samoin minun mun minua mua minulla mulla minulle mulle minulta multa minusta musta minut
sinun sun sinua sua sinulla sulla sinulle sulle sinulta sulta sinusta susta sinut hänen häntä
hänellä hänelle häneltä hänestä hänet meidän meitä meillä meille meiltä meistä meidät meil teidän
teitä teillä teille teiltä teistä teidät teil heidän heitä heillä heille heiltä heistä heidät sen
sitä siinä siitä siihen sille siltä niiden niitä niissä niistä niihin niillä niille niiltä niil
tämän tätä tässä tästä tähän tällä tälle tältä näiden näitä näissä näistä näihin näillä näille
tän tossa tosta tohon tolla sil sii jonka jota jossa josta johon jolla jolle jolta joiden joita
joissa joista joihin joilla joille mitä missä mistä mihin millä mille miltä minkä kenen ketä
kenelle keneltä kenellä kenestä keneen kenet milloin miten miks miksi kuinka paljonko montako
minne kauanko nyt sitten sit silloin tällöin täällä siellä tuolla tänne sinne tänään huomenna
eilen aina usein joskus ehkä kyllä myös vielä jo juuri vain ainakin kuitenkin toisaalta lisäksi
myöhemmin aiemmin alussa lopuksi siksi niin näin noin tosin toki onneksi valitettavasti
oikeastaan oikeestaan varmaan varmasti tietysti tietenkin esimerkiksi esimerkiks joo jaa no okei
niinku tota tuota hmm mm huh ennen jälkeen kanssa ilman kautta mukaan vuoksi takia aikana
""".split())
#: Beginnings of the pronoun adjectives ("millainen", spoken "millasta", "sellanen", "semmonen"):
#: each of their many forms would otherwise pass for a "-nen" surname or a form of "Milla".
PRONOUN_ADJECTIVES = ("millai", "millas", "millan", "tällai", "tällas", "tällan", "sellai", "sellas",
                      "sellan", "tuollai", "tuollas", "semmo", "tämmö", "tommo", "mimmo", "minkälai",
                      "minkälas", "jonkinlai", "jonkinlas", "kaikenlai", "kaikenlas", "erilai", "erilas",
                      "samanlai", "samanlas", "muunlai", "toisenlai", "monenlai", "monenlas", "jokai",
                      "jommo")
#: Tools, services, registers and bodies of the programme's field (lower-case basic forms): a
#: capitalised "Kykyviisarin" or "Työkanavalle" is never a person.
DOMAIN_TERMS = frozenset("""
kykyviisari työkykypistemäärä kuntaliitto ohjaamo työkanava sotkanet innokylä hankesalkku omaolo
kanta työmarkkinatori duunitori linkedin teams zoom excel whatsapp instagram facebook samhall
findata hilma vates keva kela eurostat tilastokeskus työkykyohjelma työkykykoordinaattori
työterveyslaitos eläketurvakeskus kuntoutussäätiö invalidiliitto työkyky työkyvyn
""".split())
#: Last parts of compound words that name a body ("Kuntaliitto", "Työterveyslaitos",
#: "Kuntoutussäätiö"); no listed first name or surname ends in one of them (a test checks).
ORG_WORD_ENDINGS = ("liitto", "keskus", "toimisto", "virasto", "laitos", "ministeriö", "yhdistys",
                    "säätiö", "yhtymä", "opisto", "yliopisto", "korkeakoulu", "rahasto", "sairaala",
                    "palvelut", "yhtiö", "verkosto", "neuvosto", "lautakunta", "valtuusto",
                    "seurakunta", "osuuskunta", "kaupunki", "hanke", "ohjelma", "pilotti", "kokeilu",
                    "tiimi", "alue")
#: Last parts of place names that are words of the landscape ("Mallikoski", "Esimerkkiselkä"):
#: such a word in a locative case ("Mallikoskella") is a place unless something else says person.
PLACE_WORD_ENDINGS = ("kylä", "lampi", "selkä", "järvi", "joki", "koski", "mäki", "vaara", "niemi",
                      "lahti", "salmi", "saari", "ranta", "harju", "virta", "kangas", "vesi", "vuori",
                      "suo", "linna", "maa", "kallio", "pelto", "kumpu", "silta", "kaupunki")
#: Points of the compass that begin region names ("Etelä-Suomesta", "Pohjois-Pohjanmaa").
COMPASS_PREFIXES = frozenset({"Etelä", "Pohjois", "Itä", "Länsi", "Varsinais", "Kaakkois", "Lounais",
                              "Koillis", "Luoteis", "Päijät", "Kanta"})
#: Parts of speech (Universal Dependencies, from the full tier's tagger) a name never has.
NON_NAME_POS = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PRON", "ADP", "DET", "NUM", "INTJ"})
#: Entity labels of the recogniser that say "not a person" (all of the OntoNotes scheme's others).
NON_PERSON_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "NORP", "WORK_OF_ART",
                               "LAW", "LANGUAGE"})
#: A word part longer than this is a compound common word, never a name ("Upphandlingsmyndigheten").
MAX_NAME_PART = 18
