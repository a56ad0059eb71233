"""Finnish stop words for word frequencies, in surface and base forms.

Built from spaCy's Finnish stop word list (MIT licence) and its simplemma lemmas, plus fillers of
spoken Finnish that transcripts are full of ("niinku", "tota", "öö"). Words of this domain that
the list would drop (palvelu, työ, asia, aika, osa, vuosi ...) are kept out of it, in all forms.
"""

STOP_WORDS = frozenset("""
aiemmin aikaan aikaisemmin aikaisin aikana aikoa aikoo aikovat aina ainakaan ainakin ainoa
ainoat aiomme aion aiotte aivan ajan alas alemmas alla alle aloitamme aloitan aloitat aloitattaa
aloitatte aloitattivat aloitettava aloitettavaksi aloitettu aloitimme aloitin aloitit aloititte
aloittaa aloittamatta aloitti aloittivat alta aluksi alussa alusta annettava annettavaksi
annettu ansiosta antaa antamatta antoi asti avu avulla avun avutta edelle edelleen edellä edeltä
edemmäs edes edessä edestä ehkä ei eikä eilen eivät eli ellei elleivät ellemme ellen ellet
ellette emme en enemmän eniten ennen ensi ensimmäinen ensimmäiseksi ensimmäisen ensimmäisenä
ensimmäiset ensimmäisiksi ensimmäisinä ensimmäisiä ensimmäistä ensin entinen entisen entisiä
entisten entistä entää enää eri erittäin erityisesti eräiden eräs eräät esi esiin esillä esim
esim. esimerkiksi et eteen etenkin ette ettei että halu halua haluaa haluamatta haluamme haluan
haluat haluatte haluavat halunnut halusi halusimme halusin halusit halusitte halusivat haluta
halutessa haluton he hei heidän heidät heihin heille heillä heiltä heissä heistä heitä helposti
heti hetkellä hetki hieman hitaasti hmm huolimatta huomenna hyvien hyviin hyviksi hyville
hyviltä hyvin hyvinä hyvis hyvissä hyvistä hyviä hyvä hyvät hyvää hän häneen hänelle hänellä
häneltä hänen hänessä hänestä hänet häntä ihan ikä ikään ilman ilmeisesti itse itsensä itseään
ja jne jne. jo johon joiden joihin joiksi joilla joille joilta joina joissa joista joita joka
jokainen joki jokin joko joksi joku jolla jolle jolloin jolta jompikumpi jona jonka jonkin jonne
joo jopa jos joskus jossa jossain josta jota jotain joten jotenkin jotenkuten jotka jotta
jouduimme jouduin jouduit jouduitte joudumme joudun joudutte joukko joukkoon joukossa joukosta
joutua joutui joutuivat joutumaan joutuu joutuvat just justiin juu juuri jälkeen jälleen jää
kahdeksan kahdeksannen kahdeksas kahdella kahdelle kahdelta kahden kahdessa kahdesta kahta
kahteen kai kaiken kaikille kaikilta kaikkea kaikki kaikkia kaikkiaan kaikkialla kaikkialle
kaikkialta kaikkien kaikkiin kaksi kannalta kannattaa kanssa kanssaan kanssamme kanssani
kanssanne kanssasi kauan kauemmas kaukana kautta kehen keiden keihin keiksi keille keillä keiltä
keinä keissä keistä keitten keittä keittää keitä ken keneen keneksi kenelle kenellä keneltä
kenen kenenä kenessä kenestä kenet kenettä kenties kerran keskellä kesken keskimäärin ketkä ketä
kiitos kohti koko kokonaan kolmas kolme kolmen kolmesti koska koskaan kovin ku kuin kuinka
kuinkaan kuitenkaan kuitenkin kuka kukaan kukin kumpainen kumpainenkaan kumpi kumpikaan kumpikin
kun kuten kuu kuuden kuusi kuutta kyl kylli kylliksi kyllä kymmenen kyse liian liki lisä lisäksi
lisää lla luo luona lähekkäin lähekkäki lähelle lähellä läheltä lähemmäs lähes lähinnä lähtien
läpi mahdollinen mahdollisimman mahdollisin mahdollista me me. meidän meidät meihin meille
meillä meiltä meissä meistä meitä melkein melko menee menemme menen menet menette menevät meni
menimme menin menit menivät mennessä mennyt mennä meno menossa mihin miksi mikä mikäli mikään
mille milloin milloinkan millä miltä minkä minne minua minulla minulle minulta minun minussa
minusta minut minuun minä missä mistä miten mitenkään mitkä mitä mitään mm moi molemmat mones
monesti monet moni moniaalla moniaalle moniaalta monias monta muassa muiden muita muka mukaan
mukaansa mukana mun mutta muu muualla muualle muualta muuan muuanne muulloin muun muut muuta
muutama muutaman muuten myöhemmin myös myöskin myöskään myötä mä ne ne. neljä neljän neljää nii
niiden niihin niiksi niille niillä niiltä niin niinku niinkuin niinä niisi niissä niistä niistää
niittää niitä no noi noiden noihin noiksi noilla noille noilta noin noina noissa noista noita
noki nopeammin nopeampi nopeasti nopeimmin nopeiten nro ns numero nuo nyt nähdä näiden näihin
näiksi näille näillä näiltä näin näinä näissä näistä näitä nämä ohi oikea oikealla oikein ok
okei ole olemme olen olet olette oleva olevan olevat oli olimme olin olisi olisimme olisin
olisit olisitte olisivat olit olitte olivat olla olleet ollut oma omaa omaan omaksi omalle
omalta oman omassa omat omia omien omiin omiksi omille omilta omissa omista omistaa on onkin
onko ovat paikka paikoittain paitsi pako pakosti paljon paremmin parempi parhaillaan parhaiten
perusteella peräti pian pieneen pieneksi pienelle pienellä pieneltä pienempi pienestä pieni
pienin pitää poikki puolesta puolestaan päälle runsaasti saada saakka sama samaa samaan samalla
saman samat samoin sanoa sato satojen se seitsemän sekä sellainen sellanen semmoinen semmonen
sen seuraava seuraavat siellä sieltä siihen siinä siis siitä sijaan siksi sille silloin sillä
silti siltä sinne sinua sinulla sinulle sinulta sinun sinussa sinusta sinut sinuun sinä sisä
sisäkkäin sisällä sit siten sitte sitten sitä ssa sta sun suoraan suunta suuntaan suuren suuret
suuri suuria suurin suurten sä taa taas taemmas tahansa tai takaa takaisin takana takia tallä
tapauksessa tapaus tarpeeksi tavoite tavoitteena te tee tehdä teidän teidät teihin teille teillä
teiltä teissä teistä teitä tietysti todella toi toinen toisaalla toisaalle toisaalta toiseen
toiseksi toisella toiselle toiselta toisemme toisen toisensa toisessa toisesta toista toistainen
toistaiseksi toisto toki tosi tosin tota tule tulee tulemme tulen tulet tulette tuleva tulevat
tuli tulimme tulin tulinen tulisi tulisimme tulisin tulisit tulisitte tulisivat tulit tulitte
tulivat tulla tulleet tullut tuntua tuntuu tuo tuohon tuoksi tuolla tuolle tuolloin tuolta tuon
tuona tuonne tuossa tuosta tuota tuottaa tuskin tykö tähän täksi tälle tällä tällöin tältä
tämmöinen tämmönen tämä tämän tänne tänä tänään tässä tästä täten tätä täysin täytyvät täytyy
täytyä täällä täältä ulkopuolella usea useasti useimmiten usein useita uudeksi uudelleen uuden
uudet uusi uusia uusien uusinta uuteen uutta vaan vai vaihe vaiheessa vaikea vaikean vaikeat
vaikeilla vaikeille vaikeilta vaikeissa vaikeista vaikka vain varmasti varsin varsinkin varten
vasemmalla vasen vasta vastaan vastakkain vastan verran vielä vierekkäin vieressä vieri viiden
viime viimeinen viimeisen viimeksi viisi voi voida voidaan voimme voin voisi voit voitte voivat
vs vuoksi vähemmän vähintään vähiten vähän välillä yhde yhdeksän yhden yhdessä yhteen yhteensä
yhteydessä yhteys yhteyteen yhtä yhtäälle yhtäällä yhtäältä yhtään yhä yksi yksin yksittäin
yleensä ylemmäs yli ylös ympäri yms älköön älä ää öö
""".split())
