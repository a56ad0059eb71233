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
