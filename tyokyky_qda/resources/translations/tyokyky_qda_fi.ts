<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
    <context>
        <name>AgreementPanel</name>
        <message>
            <location filename="../../gui/analysis_agreement.py" line="+105" />
            <source>Coders</source>
            <extracomment>Language of exported reports ("fi" by default, as the evaluation reports are in Finnish).</extracomment>
            <translation>Koodaajat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit of agreement</source>
            <translation>Yhtäpitävyyden yksikkö</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export report…</source>
            <translation>Vie raportti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Characters</source>
            <translation>Merkit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Segments (turns, answers, fields)</source>
            <translation>Segmentit (puheenvuorot, vastaukset, kentät)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Whole sources</source>
            <translation>Kokonaiset aineistot</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Units</source>
            <translation>Yksiköt</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Prevalence</source>
            <translation>Esiintyvyys</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Percent agreement</source>
            <translation>Prosenttiyhtäpitävyys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cohen's kappa</source>
            <translation>Cohenin kappa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Krippendorff's alpha</source>
            <translation>Krippendorffin alfa</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Check at least two coders.</source>
            <translation>Valitse vähintään kaksi koodaajaa.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Computing…</source>
            <translation>Lasketaan…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Computing agreement</source>
            <translation>Lasketaan yhtäpitävyyttä</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All codes</source>
            <translation>Kaikki koodit</translation>
        </message>
        <message>
            <location line="+5" />
            <source>characters</source>
            <translation>merkit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>segments</source>
            <translation>segmentit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sources</source>
            <translation>aineistot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit: %1 · coders: %2 · %3 units in %4 sources coded by all of them. Kappa is given for two coders only; alpha is nominal.</source>
            <translation>Yksikkö: %1 · koodaajat: %2 · %3 yksikköä %4 aineistossa, jotka kaikki ovat koodanneet. Kappa annetaan vain kahdelle koodaajalle; alfa on nominaaliasteikollinen.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Share of units where at least one coder applied the code; with low prevalence, percent agreement mostly counts agreement on uncoded text.</source>
            <translation>Niiden yksiköiden osuus, joihin vähintään yksi koodaaja on liittänyt koodin. Kun esiintyvyys on pieni, prosenttiyhtäpitävyys mittaa lähinnä yksimielisyyttä koodaamattomasta tekstistä.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the agreement report</source>
            <translation>Vie yhtäpitävyysraportti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
    </context>
    <context>
        <name>AttributeDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+144" />
            <source>New attribute</source>
            <translation>Uusi attribuutti</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Number</source>
            <translation>Luku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date</source>
            <translation>Päivämäärä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Yes/no</source>
            <translation>Kyllä/ei</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
    </context>
    <context>
        <name>CasesModel</name>
        <message>
            <location filename="../../gui/qt_cases.py" line="+107" />
            <source>Case</source>
            <translation>Tapaus</translation>
        </message>
        <message>
            <location line="+6" />
            <source>text</source>
            <translation>teksti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>number</source>
            <translation>luku</translation>
        </message>
        <message>
            <location line="+0" />
            <source>date</source>
            <translation>päivämäärä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes/no</source>
            <translation>kyllä/ei</translation>
        </message>
    </context>
    <context>
        <name>CasesPanel</name>
        <message>
            <location line="+38" />
            <source>New case</source>
            <translation>Uusi tapaus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the case:</source>
            <translation>Tapauksen nimi:</translation>
        </message>
        <message>
            <location line="+19" />
            <location line="+2" />
            <source>Delete case</source>
            <translation>Poista tapaus</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Delete the case “%1”? You can undo this.</source>
            <translation>Poistetaanko tapaus ”%1”? Voit perua poiston.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>New case…</source>
            <translation>Uusi tapaus…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New attribute…</source>
            <translation>Uusi attribuutti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete case…</source>
            <translation>Poista tapaus…</translation>
        </message>
    </context>
    <context>
        <name>CodeDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="-73" />
            <source>Code properties</source>
            <translation>Koodin ominaisuudet</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Kuvaus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Colour</source>
            <translation>Väri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shortcut</source>
            <translation>Pikanäppäin</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Code colour</source>
            <translation>Koodin väri</translation>
        </message>
    </context>
    <context>
        <name>CodePickerDialog</name>
        <message>
            <location line="-72" />
            <source>Type to filter codes…</source>
            <translation>Kirjoita suodattaaksesi koodeja…</translation>
        </message>
    </context>
    <context>
        <name>CodebookMergeDialog</name>
        <message>
            <location filename="../../gui/codebook_merge_dialog.py" line="+22" />
            <source>Merge the codebook %1</source>
            <translation>Yhdistä koodikirja %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their codes on the left, ours on the right. Uncheck a match to add their code as a new one; double-click our code to merge theirs into another. Matched codes gain the definition and keywords they lack; nothing else of ours changes.</source>
            <translation>Heidän koodinsa vasemmalla, meidän oikealla. Poista rasti, jos haluat lisätä heidän koodinsa uutena; kaksoisnapsauta meidän koodiamme yhdistääksesi heidän koodinsa toiseen. Yhdistetyt koodit saavat puuttuvan määritelmän ja avainsanat; muuta meidän koodikirjassamme ei muutu.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Merge</source>
            <translation>Yhdistä</translation>
        </message>
        <message>
            <location line="+18" />
            <source>%1 of their %2 codes merge into ours; added as new: %3.</source>
            <translation>Heidän %2 koodistaan %1 yhdistyy meidän koodeihimme; uusina lisätään: %3.</translation>
        </message>
    </context>
    <context>
        <name>CodebookModel</name>
        <message>
            <location filename="../../gui/codebook_model.py" line="+114" />
            <source>%1 codings, %2 with sub-codes</source>
            <translation>%1 koodausta, alakoodeineen %2</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+2" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Codings</source>
            <translation>Koodauksia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keyboard shortcut</source>
            <translation>Pikanäppäin</translation>
        </message>
    </context>
    <context>
        <name>CodebookPanel</name>
        <message>
            <location filename="../../gui/qt_codebook.py" line="+133" />
            <source>Assign key</source>
            <translation>Anna näppäin</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No key</source>
            <translation>Ei näppäintä</translation>
        </message>
        <message>
            <location line="+13" />
            <source>New code</source>
            <translation>Uusi koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name of the new code:</source>
            <translation>Uuden koodin nimi:</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Code colour</source>
            <translation>Koodin väri</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Assign key %1</source>
            <translation>Anna näppäin %1</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+67" />
            <source>Merge into…</source>
            <translation>Yhdistä koodiin…</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Delete the code “%1”, its %2 sub-codes and %3 codings? You can undo this.</source>
            <translation>Poistetaanko koodi ”%1”, sen %2 alakoodia ja %3 koodausta? Voit perua poiston.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete code</source>
            <translation>Poista koodi</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Filter codes…</source>
            <translation>Suodata koodeja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code tree</source>
            <translation>Koodipuu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New code…</source>
            <translation>Uusi koodi…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New sub-code…</source>
            <translation>Uusi alakoodi…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Rename</source>
            <translation>Nimeä uudelleen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Properties…</source>
            <translation>Ominaisuudet…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Colour…</source>
            <translation>Väri…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Poista…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move up</source>
            <translation>Siirrä ylös</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Move down</source>
            <translation>Siirrä alas</translation>
        </message>
    </context>
    <context>
        <name>CodingController</name>
        <message>
            <location filename="../../gui/coding_actions.py" line="+68" />
            <source>The project is open read-only.</source>
            <translation>Projekti on avattu vain luettavaksi.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Finish editing the text before coding.</source>
            <translation>Lopeta tekstin muokkaus ennen koodaamista.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Select some text first.</source>
            <translation>Valitse ensin tekstiä.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Code selection</source>
            <translation>Koodaa valinta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Drop the code onto the selected text.</source>
            <translation>Pudota koodi valitun tekstin päälle.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code with…</source>
            <translation>Koodaa koodilla…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a code in the codebook first.</source>
            <translation>Valitse ensin koodi koodikirjasta.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>In-vivo code</source>
            <translation>In vivo -koodi</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Click a highlight to select a coding first.</source>
            <translation>Valitse ensin koodaus napsauttamalla korostusta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Select a coding, then the text it should cover.</source>
            <translation>Valitse koodaus ja sitten teksti, jonka sen pitää kattaa.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move coding to code…</source>
            <translation>Siirrä koodaus koodiin…</translation>
        </message>
    </context>
    <context>
        <name>CodingDetailsPanel</name>
        <message>
            <location filename="../../gui/qt_coding_details.py" line="+65" />
            <source>No coding selected</source>
            <translation>Ei valittua koodausta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Click a highlight in the text (or its bar in the margin) to select a coding.</source>
            <translation>Valitse koodaus napsauttamalla korostusta tekstissä (tai sen palkkia marginaalissa).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Coder: %1 · origin: %2 · %3
Characters %4–%5 (%6)</source>
            <translation>Koodaaja: %1 · alkuperä: %2 · %3
Merkit %4–%5 (%6)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Remove</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fit to selection</source>
            <translation>Sovita valintaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set range…</source>
            <translation>Aseta rajat…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change code…</source>
            <translation>Vaihda koodi…</translation>
        </message>
    </context>
    <context>
        <name>CodingOrigins</name>
        <message>
            <location filename="../../gui/labels.py" line="+21" />
            <source>manual</source>
            <translation>käsin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>autocoded</source>
            <translation>automaattinen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>accepted suggestion</source>
            <translation>hyväksytty ehdotus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>imported</source>
            <translation>tuotu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>merged</source>
            <translation>yhdistetty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>consensus</source>
            <translation>konsensus</translation>
        </message>
    </context>
    <context>
        <name>DisagreementView</name>
        <message>
            <location filename="../../gui/disagreement_view.py" line="+180" />
            <source>Coder A</source>
            <extracomment>(source id, start, end) of a disagreement the user double-clicked: show it in the document. The Changes of a recorded consensus.</extracomment>
            <translation>Koodaaja A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Coder B</source>
            <translation>Koodaaja B</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Aineisto</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Disagreements</source>
            <translation>Erimielisyydet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Agreement</source>
            <translation>Yhtäpitävyys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Decision</source>
            <translation>Päätös</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Difference</source>
            <translation>Ero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous (P)</source>
            <translation>Edellinen (P)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next (N)</source>
            <translation>Seuraava (N)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep &amp;A</source>
            <translation>Pidä &amp;A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep &amp;B</source>
            <translation>Pidä &amp;B</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Keep b&amp;oth</source>
            <translation>Pidä m&amp;olemmat</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Choose two different coders.</source>
            <translation>Valitse kaksi eri koodaajaa.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Finding disagreements</source>
            <translation>Etsitään erimielisyyksiä</translation>
        </message>
        <message>
            <location line="+14" />
            <source>These coders have not coded the same sources.</source>
            <translation>Nämä koodaajat eivät ole koodanneet samoja aineistoja.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Characters %1–%2: %3</source>
            <translation>Merkit %1–%2: %3</translation>
        </message>
        <message>
            <location line="+49" />
            <source>%1 at %2</source>
            <translation>%1 kohdassa %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>did not code %1 here</source>
            <translation>ei koodannut tähän koodia %1</translation>
        </message>
        <message>
            <location line="+8" />
            <source>%1 disagreements in this source, %2 decided. Consensus codings are recorded as coder “%3”.</source>
            <translation>Tässä aineistossa %1 erimielisyyttä, %2 ratkaistu. Konsensuskoodaukset tallennetaan koodaajalle ”%3”.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>only B</source>
            <translation>vain B</translation>
        </message>
        <message>
            <location line="+2" />
            <source>only A</source>
            <translation>vain A</translation>
        </message>
        <message>
            <location line="+1" />
            <source>boundaries</source>
            <translation>rajat</translation>
        </message>
        <message>
            <location line="+5" />
            <source>keep A</source>
            <translation>pidä A</translation>
        </message>
        <message>
            <location line="+0" />
            <source>keep B</source>
            <translation>pidä B</translation>
        </message>
        <message>
            <location line="+0" />
            <source>keep both</source>
            <translation>pidä molemmat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>decided</source>
            <translation>ratkaistu</translation>
        </message>
    </context>
    <context>
        <name>DocumentPanel</name>
        <message>
            <location filename="../../gui/document_panel.py" line="+122" />
            <source>%1 — %2 — %3 characters — %4 codings</source>
            <extracomment>Above this many changed codings a full re-read of the source's codings is cheaper.</extracomment>
            <translation>%1 — %2 — %3 merkkiä — %4 koodausta</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Choose a source from the list on the left, or drop files here to import them.</source>
            <translation>Valitse aineisto vasemmalla olevasta luettelosta tai pudota tiedostoja tähän tuodaksesi ne.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source text</source>
            <translation>Aineiston teksti</translation>
        </message>
    </context>
    <context>
        <name>ExportController</name>
        <message>
            <location filename="../../gui/export_controller.py" line="+49" />
            <source>Saved %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Pseudonymise: replace the %1 accepted findings</source>
            <translation>Pseudonymisoi: korvaa %1 hyväksyttyä löydöstä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and identifiers accepted in the pseudonymisation review are replaced in the exported texts; the project keeps the originals.</source>
            <translation>Pseudonymisoinnin tarkistuksessa hyväksytyt nimet ja tunnisteet korvataan viedyissä teksteissä; projektiin jäävät alkuperäiset.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+16" />
            <source>Export a REFI-QDA project</source>
            <translation>Vie REFI-QDA-projekti</translation>
        </message>
        <message>
            <location line="-15" />
            <source>Sources, codes, codings, cases, attributes and memos go into a .qdpx file other QDA programs open.</source>
            <translation>Aineistot, koodit, koodaukset, tapaukset, attribuutit ja muistiot tallennetaan .qdpx-tiedostoon, jonka muut laadullisen analyysin ohjelmat avaavat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Windows line endings (CRLF) in the texts</source>
            <translation>Windows-rivinvaihdot (CRLF) teksteihin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Some programs on Windows count a line break as two characters; choose this if codings land off by a few characters there.</source>
            <translation>Jotkin Windows-ohjelmat laskevat rivinvaihdon kahdeksi merkiksi; valitse tämä, jos koodaukset siirtyvät niissä muutaman merkin verran.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Exporting the project</source>
            <translation>Viedään projektia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export the codebook</source>
            <translation>Vie koodikirja</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+15" />
            <source>Exporting the codebook</source>
            <translation>Viedään koodikirjaa</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Export the codebook as a table</source>
            <translation>Vie koodikirja taulukkona</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Export report tables</source>
            <translation>Vie raporttitaulukot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every report table of the project is written into the folder you choose, with labels in the interface language.</source>
            <translation>Projektin kaikki raporttitaulukot kirjoitetaan valitsemaasi kansioon, otsikot käyttöliittymän kielellä.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Folder for the report tables</source>
            <translation>Raporttitaulukoiden kansio</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Exporting report tables</source>
            <translation>Viedään raporttitaulukoita</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Wrote %n file(s) to %1.</source>
            <translation>
                <numerusform>Kirjoitettiin %n tiedosto kansioon %1.</numerusform>
                <numerusform>Kirjoitettiin %n tiedostoa kansioon %1.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Report tables exported</source>
            <translation>Raporttitaulukot viety</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open the folder?</source>
            <translation>Avataanko kansio?</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../gui/import_controller.py" line="+113" />
            <source>All supported files</source>
            <extracomment>path → SurveyMapping or None (the user cancelled); None here imports surveys as guessed.</extracomment>
            <translation>Kaikki tuetut tiedostot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Texts and documents</source>
            <translation>Tekstit ja asiakirjat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transcripts</source>
            <translation>Litteraatit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Surveys and report exports</source>
            <translation>Kyselyt ja raporttiviennit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REFI-QDA projects and codebooks</source>
            <translation>REFI-QDA-projektit ja -koodikirjat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files</source>
            <translation>Kaikki tiedostot</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>Reading %n table(s)</source>
            <translation>
                <numerusform>Luetaan %n taulukko</numerusform>
                <numerusform>Luetaan %n taulukkoa</numerusform>
            </translation>
        </message>
        <message>
            <location line="+18" />
            <source>Import cancelled.</source>
            <translation>Tuonti peruttiin.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Importing %n file(s)</source>
            <translation>
                <numerusform>Tuodaan %n tiedosto</numerusform>
                <numerusform>Tuodaan %n tiedostoa</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Imported %n source(s).</source>
            <translation>
                <numerusform>Tuotiin %n aineisto.</numerusform>
                <numerusform>Tuotiin %n aineistoa.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Added %n code(s).</source>
            <translation>
                <numerusform>Lisättiin %n koodi.</numerusform>
                <numerusform>Lisättiin %n koodia.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Skipped %n duplicate(s).</source>
            <translation>
                <numerusform>Ohitettiin %n kaksoiskappale.</numerusform>
                <numerusform>Ohitettiin %n kaksoiskappaletta.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n file(s) failed: </source>
            <translation>
                <numerusform>%n tiedosto epäonnistui: </numerusform>
                <numerusform>%n tiedostoa epäonnistui: </numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n warning(s): </source>
            <translation>
                <numerusform>%n varoitus: </numerusform>
                <numerusform>%n varoitusta: </numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cancelled.</source>
            <translation>Peruttu.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="+356" />
            <source>Could not do that</source>
            <translation>Toiminto epäonnistui</translation>
        </message>
        <message>
            <location line="-215" />
            <source>Sources</source>
            <translation>Aineistot</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codebook</source>
            <translation>Koodikirja</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coding</source>
            <translation>Koodaus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Memo</source>
            <translation>Muistio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggestions</source>
            <translation>Ehdotukset</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cases and attributes</source>
            <translation>Tapaukset ja attribuutit</translation>
        </message>
        <message>
            <location line="+81" />
            <source>%1

Open it read-only? You can read and export, but not change it.</source>
            <translation>%1

Avataanko vain luettavaksi? Voit lukea ja viedä, mutta et muuttaa.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Project in use</source>
            <translation>Projekti on käytössä</translation>
        </message>
        <message>
            <location filename="../../gui/app.py" line="+59" />
            <location filename="../../gui/main_window.py" line="+4" />
            <source>Cannot open the project</source>
            <translation>Projektia ei voi avata</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No such project: %1</source>
            <translation>Projektia ei ole: %1</translation>
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="+10" />
            <source>New project</source>
            <translation>Uusi projekti</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+15" />
            <source>tyokyky-qda projects (*.tqda)</source>
            <translation>tyokyky-qda-projektit (*.tqda)</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Cannot create the project</source>
            <translation>Projektia ei voi luoda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open project</source>
            <translation>Avaa projekti</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Import files</source>
            <translation>Tuo tiedostoja</translation>
        </message>
        <message>
            <location line="+50" />
            <source>Editing the text: codings move with their words.</source>
            <translation>Muokataan tekstiä: koodaukset siirtyvät sanojensa mukana.</translation>
        </message>
        <message>
            <location line="+34" />
            <source> (read-only)</source>
            <translation> (vain luku)</translation>
        </message>
        <message>
            <location filename="../../gui/window_prefs.py" line="+99" />
            <source>Coder name</source>
            <translation>Koodaajan nimi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Record my codings under the name:</source>
            <translation>Tallenna koodaukseni nimellä:</translation>
        </message>
        <message>
            <location line="+14" />
            <source>1–9	Apply the code with that key to the selected text</source>
            <translation>1–9	Koodaa valittu teksti koodilla, jolla on tämä näppäin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Shift+arrows	Select text with the keyboard</source>
            <translation>Vaihto+nuolet	Valitse tekstiä näppäimistöllä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter (in the codebook)	Apply the current code</source>
            <translation>Enter (koodikirjassa)	Koodaa valitulla koodilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A / R / S (review mode)	Accept, reject or skip a suggestion</source>
            <translation>A / R / S (läpikäynti)	Hyväksy, hylkää tai ohita ehdotus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N / P (disagreements)	Next or previous disagreement</source>
            <translation>N / P (erimielisyydet)	Seuraava tai edellinen erimielisyys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alt+A / Alt+B / Alt+O (disagreements)	Keep A, B or both</source>
            <translation>Alt+A / Alt+B / Alt+O (erimielisyydet)	Pidä A, B tai molemmat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyboard shortcuts</source>
            <translation>Pikanäppäimet</translation>
        </message>
        <message>
            <location line="+4" />
            <source>tyokyky-qda %1
Qualitative data analysis for evaluation research: code interviews, surveys and reports, compare coders and export report tables.</source>
            <translation>tyokyky-qda %1
Laadullinen analyysi arviointitutkimukseen: koodaa haastatteluja, kyselyjä ja raportteja, vertaa koodaajia ja vie raporttitaulukoita.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything runs on this computer. Nothing you import, code or write leaves the machine: code suggestions and pseudonymisation use local language models, and the program makes no network connections.</source>
            <translation>Kaikki toimii tällä tietokoneella. Mikään tuomasi, koodaamasi tai kirjoittamasi ei lähde koneelta: koodiehdotukset ja pseudonymisointi käyttävät paikallisia kielimalleja, eikä ohjelma ota verkkoyhteyksiä.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>About tyokyky-qda</source>
            <translation>Tietoja tyokyky-qda:sta</translation>
        </message>
        <message>
            <location filename="../../gui/pseudo_hosting.py" line="+27" />
            <source>Pseudonymisation review is not available: %1</source>
            <translation>Pseudonymisoinnin tarkistus ei ole käytettävissä: %1</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Finding identifiers</source>
            <translation>Etsitään tunnisteita</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply pseudonyms</source>
            <translation>Ota pseudonyymit käyttöön</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Pseudonyms applied to the project's texts.</source>
            <translation>Pseudonyymit vaihdettiin projektin teksteihin.</translation>
        </message>
        <message>
            <location filename="../../gui/view_docks.py" line="+71" />
            <source>Coded segments</source>
            <translation>Koodatut segmentit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Matrix</source>
            <translation>Matriisi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disagreements</source>
            <translation>Erimielisyydet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inter-coder agreement</source>
            <translation>Koodaajien yhtäpitävyys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pseudonymisation review</source>
            <translation>Pseudonymisoinnin tarkistus</translation>
        </message>
    </context>
    <context>
        <name>MatchModel</name>
        <message>
            <location filename="../../gui/merge_wizard.py" line="+67" />
            <source>Their code</source>
            <translation>Heidän koodinsa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Our code</source>
            <translation>Meidän koodimme</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+1" />
            <source>Matched by</source>
            <translation>Vastaavuuden peruste</translation>
        </message>
        <message>
            <location line="-1" />
            <location line="+1" />
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Their source</source>
            <translation>Heidän aineistonsa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Our source</source>
            <translation>Meidän aineistomme</translation>
        </message>
        <message>
            <location line="+4" />
            <source>same GUID</source>
            <translation>sama GUID</translation>
        </message>
        <message>
            <location line="+0" />
            <source>same name</source>
            <translation>sama nimi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>similar name</source>
            <translation>samankaltainen nimi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>same text</source>
            <translation>sama teksti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>same name, text differs</source>
            <translation>sama nimi, eri teksti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no match: added as new</source>
            <translation>ei vastinetta: lisätään uutena</translation>
        </message>
        <message>
            <location line="+0" />
            <source>chosen by you</source>
            <translation>sinun valintasi</translation>
        </message>
        <message>
            <location line="+33" />
            <source>(add as new)</source>
            <translation>(lisää uutena)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Unchecked: their item is added as a new one instead of being merged into ours.</source>
            <translation>Ilman rastia heidän kohteensa lisätään uutena eikä yhdistetä meidän kohteeseemme.</translation>
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../gui/analysis_matrix_model.py" line="+85" />
            <source>Group</source>
            <translation>Ryhmä</translation>
        </message>
        <message>
            <location line="+53" />
            <source>%1 × %2: %3 segments</source>
            <translation>%1 × %2: %3 segmenttiä</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Evaluator's judgement (evidence: %1)</source>
            <translation>Arvioijan harkinta (aineiston mukaan: %1)</translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message>
            <location filename="../../gui/analysis_matrix.py" line="+225" />
            <source>Rows</source>
            <extracomment>(source id, start, end) of a segment the user double-clicked: show it in its document. Language of labels and of exported tables ("fi" by default).</extracomment>
            <translation>Rivit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Columns</source>
            <translation>Sarakkeet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Cells</source>
            <translation>Solut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Effect levels from</source>
            <translation>Vaikutustasot ryhmästä</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hide empty rows</source>
            <translation>Piilota tyhjät rivit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Vie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Judgement</source>
            <translation>Harkinta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Why</source>
            <translation>Perustelu</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the evidence shows and why you read the cell differently</source>
            <translation>Mitä aineisto näyttää ja miksi tulkitset solun toisin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Override cell</source>
            <translation>Korvaa solun arvo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clear override</source>
            <translation>Poista korvaus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Segments</source>
            <translation>Segmentit</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+12" />
            <source>Sources</source>
            <translation>Aineistot</translation>
        </message>
        <message>
            <location line="-12" />
            <source>% of row</source>
            <translation>% rivistä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>% of column</source>
            <translation>% sarakkeesta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Presence</source>
            <translation>Esiintyminen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strongest effect</source>
            <translation>Vahvin vaikutus</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reference</source>
            <translation>Viite</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Effect</source>
            <translation>Vaikutus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code group</source>
            <translation>Koodiryhmä</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attribute</source>
            <translation>Attribuutti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cases</source>
            <translation>Tapaukset</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Coders</source>
            <translation>Koodaajat</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Choose what the rows and the columns are.</source>
            <translation>Valitse, mitä rivit ja sarakkeet ovat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Computing…</source>
            <translation>Lasketaan…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Computing the matrix</source>
            <translation>Lasketaan matriisia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>%1 rows × %2 columns from %3 segments.</source>
            <translation>%1 riviä × %2 saraketta, %3 segmenttiä.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cells marked * carry the evaluator's judgement (%1).</source>
            <translation>Tähdellä * merkityissä soluissa on arvioijan harkinta (%1).</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Click a cell to see the segments behind it.</source>
            <translation>Napsauta solua nähdäksesi sen taustalla olevat segmentit.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 × %2: %3 segments</source>
            <translation>%1 × %2: %3 segmenttiä</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Export the matrix</source>
            <translation>Vie matriisi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exporting the matrix</source>
            <translation>Viedään matriisia</translation>
        </message>
    </context>
    <context>
        <name>MemoPanel</name>
        <message>
            <location filename="../../gui/qt_memo.py" line="+58" />
            <source>Project</source>
            <translation>Projekti</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Source: %1</source>
            <translation>Aineisto: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Code: %1</source>
            <translation>Koodi: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Coding: %1</source>
            <translation>Koodaus: %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Case: %1</source>
            <translation>Tapaus: %1</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Last changed %1 by %2</source>
            <translation>Muutettu viimeksi %1, %2</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Write a memo… (saved automatically)</source>
            <translation>Kirjoita muistio… (tallentuu automaattisesti)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Memo text</source>
            <translation>Muistion teksti</translation>
        </message>
    </context>
    <context>
        <name>MergeWizard</name>
        <message>
            <location filename="../../gui/merge_wizard.py" line="+282" />
            <source>Merge a colleague's project</source>
            <extracomment>The Changes record of the finished merge (already broadcast through ``ops``). File choosers; tests replace them (a modal dialog would block an offscreen run).</extracomment>
            <translation>Yhdistä kollegan projekti</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No such file: %1</source>
            <translation>Tiedostoa ei ole: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That is this project; choose the other coder's file.</source>
            <translation>Tämä on avoinna oleva projekti; valitse toisen koodaajan tiedosto.</translation>
        </message>
    </context>
    <context>
        <name>NlpStatus</name>
        <message>
            <location filename="../../gui/nlp_status.py" line="+39" />
            <source>No language model: suggestions are unavailable</source>
            <translation>Ei kielimallia: ehdotukset eivät ole käytettävissä</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Full Finnish language model (Voikko)</source>
            <translation>Täysi suomen kielen malli (Voikko)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fallback model: simplemma — install libvoikko and voikko-fi for the full model</source>
            <translation>Varamalli: simplemma — asenna libvoikko ja voikko-fi saadaksesi täyden mallin</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Full English language model (%1)</source>
            <translation>Täysi englannin kielen malli (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fallback model: spaCy lookup lemmas — install an English spaCy model for the full model</source>
            <translation>Varamalli: spaCyn hakutaulukkolemmat — asenna englannin spaCy-malli saadaksesi täyden mallin</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Package: %1 %2</source>
            <translation>Paketti: %1 %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Word vectors: %1</source>
            <translation>Sanavektorit: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>yes</source>
            <translation>kyllä</translation>
        </message>
        <message>
            <location line="+0" />
            <source>no</source>
            <translation>ei</translation>
        </message>
        <message>
            <location line="+3" />
            <source>about %1</source>
            <translation>noin %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lemma accuracy: %1</source>
            <translation>Perusmuotoistuksen tarkkuus: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why not the full model: %1</source>
            <translation>Miksi ei täyttä mallia: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To get the full model: install the system packages libvoikko1 and voikko-fi (Debian/Ubuntu: apt install libvoikko1 voikko-fi) and the package spacy-fi-experimental-web-md, then restart.</source>
            <translation>Täyden mallin saat asentamalla järjestelmäpaketit libvoikko1 ja voikko-fi (Debian/Ubuntu: apt install libvoikko1 voikko-fi) sekä paketin spacy-fi-experimental-web-md ja käynnistämällä ohjelman uudelleen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Everything runs on this computer: no text is sent anywhere.</source>
            <translation>Kaikki toimii tällä tietokoneella: tekstiä ei lähetetä minnekään.</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../gui/screenshots.py" line="+157" />
            <source>Language model for suggestions</source>
            <translation>Ehdotusten kielimalli</translation>
        </message>
    </context>
    <context>
        <name>PickPage</name>
        <message>
            <location filename="../../gui/merge_wizard.py" line="-250" />
            <location line="+22" />
            <source>Their project</source>
            <translation>Heidän projektinsa</translation>
        </message>
        <message>
            <location line="-21" />
            <source>Choose the project file a colleague coded. It is only read; nothing in it changes.</source>
            <translation>Valitse kollegan koodaama projektitiedosto. Sitä vain luetaan; siihen ei tehdä muutoksia.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Path to a %1 file</source>
            <translation>Polku %1-tiedostoon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Browse…</source>
            <translation>Selaa…</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This project is open read-only: nothing can be merged into it.</source>
            <translation>Tämä projekti on avattu vain luettavaksi: siihen ei voi yhdistää mitään.</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <location line="+26" />
            <source>Review the matches</source>
            <translation>Tarkista vastaavuudet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uncheck a match to add their item as new; double-click our code to merge theirs into another one. Yellow rows were matched by a similar name.</source>
            <translation>Poista rasti, jos haluat lisätä heidän kohteensa uutena; kaksoisnapsauta meidän koodiamme yhdistääksesi heidän koodinsa toiseen. Keltaiset rivit on yhdistetty samankaltaisen nimen perusteella.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merge</source>
            <translation>Yhdistä</translation>
        </message>
        <message>
            <location line="+6" />
            <source>How similar two code names must be to be proposed as the same code</source>
            <translation>Kuinka samankaltaisia kahden koodin nimien on oltava, jotta niitä ehdotetaan samaksi koodiksi</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save plan…</source>
            <translation>Tallenna suunnitelma…</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Similar names from</source>
            <translation>Nimien samankaltaisuusraja</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Their project %1: %2 sources, %3 codes, %4 codings by %5.</source>
            <translation>Heidän projektinsa %1: %2 aineistoa, %3 koodia, %4 koodausta, koodaajat: %5.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Comparing the projects…</source>
            <translation>Verrataan projekteja…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Planning the merge</source>
            <translation>Suunnitellaan yhdistämistä</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Codes (%1)</source>
            <translation>Koodit (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources (%1)</source>
            <translation>Aineistot (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes: %1 of their %2 merge into ours, added as new: %3. Sources: %4 of their %5 are ours already, added: %6.</source>
            <translation>Koodit: heidän %2 koodistaan %1 yhdistyy meidän koodeihimme, uusina lisätään %3. Aineistot: heidän %5 aineistostaan %4 on jo meillä, lisätään %6.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Save the merge plan</source>
            <translation>Tallenna yhdistämissuunnitelma</translation>
        </message>
    </context>
    <context>
        <name>ProgressStrip</name>
        <message>
            <location filename="../../gui/analysis_common.py" line="+210" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
    </context>
    <context>
        <name>PseudoReview</name>
        <message>
            <location filename="../../gui/pseudo_review.py" line="+154" />
            <source>Find identifiers</source>
            <translation>Etsi tunnistetiedot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show:</source>
            <translation>Näytä:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter by text…</source>
            <translation>Suodata tekstillä…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Finding</source>
            <translation>Löydös</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Pseudonym</source>
            <translation>Pseudonyymi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Tila</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Context</source>
            <translation>Asiayhteys</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Source or memo</source>
            <translation>Lähde tai muistio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept</source>
            <translation>Hyväksy</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reject</source>
            <translation>Hylkää</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undecided</source>
            <translation>Ratkaisematon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge entities</source>
            <translation>Yhdistä tunnisteet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Split off</source>
            <translation>Erota omaksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set pseudonym</source>
            <translation>Aseta pseudonyymi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept all pending</source>
            <translation>Hyväksy kaikki avoimet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undo</source>
            <translation>Kumoa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Apply to project…</source>
            <translation>Toteuta projektiin…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pseudonym of the selected entity</source>
            <translation>Valitun tunnisteen pseudonyymi</translation>
        </message>
        <message>
            <location line="+18" />
            <source>{pending} to review, {accepted} accepted, {applied} applied</source>
            <translation>{pending} tarkistettavana, {accepted} hyväksytty, {applied} toteutettu</translation>
        </message>
        <message>
            <location line="+146" />
            <source>Replace all accepted findings in the project's texts? Codings stay on their words. This can be undone only until the project is closed.</source>
            <translation>Korvataanko kaikki hyväksytyt löydökset projektin teksteissä? Koodaukset pysyvät sanoillaan. Tämän voi kumota vain niin kauan kuin projekti on auki.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Apply pseudonyms</source>
            <translation>Toteuta pseudonyymit</translation>
        </message>
        <message>
            <location line="+26" />
            <source>to review</source>
            <translation>tarkistettavana</translation>
        </message>
        <message>
            <location line="+0" />
            <source>accepted</source>
            <translation>hyväksytty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rejected</source>
            <translation>hylätty</translation>
        </message>
        <message>
            <location line="+0" />
            <source>applied</source>
            <translation>toteutettu</translation>
        </message>
    </context>
    <context>
        <name>RangeDialog</name>
        <message>
            <location filename="../../gui/dialogs.py" line="+93" />
            <source>Resize coding</source>
            <translation>Muuta koodauksen rajoja</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Start</source>
            <translation>Alku</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Loppu</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <location filename="../../gui/merge_wizard.py" line="+12" />
            <source>Merging</source>
            <translation>Yhdistetään</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Merging their codes, sources and codings…</source>
            <translation>Yhdistetään heidän koodejaan, aineistojaan ja koodauksiaan…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Merging a project</source>
            <translation>Yhdistetään projektia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Codings added: %1</source>
            <translation>Koodauksia lisätty: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codings that could not be placed (their text differs): %1</source>
            <translation>Koodauksia, joita ei voitu sijoittaa (teksti eroaa): %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Codes added: %1</source>
            <translation>Koodeja lisätty: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources added: %1</source>
            <translation>Aineistoja lisätty: %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Attribute values not copied (type conflicts): %1</source>
            <translation>Attribuuttiarvoja ei kopioitu (tyyppiristiriidat): %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Merged</source>
            <translation>Yhdistetty</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing was merged</source>
            <translation>Mitään ei yhdistetty</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing was written to your project.</source>
            <translation>Projektiisi ei kirjoitettu mitään.</translation>
        </message>
    </context>
    <context>
        <name>RetrievalView</name>
        <message>
            <location filename="../../gui/analysis_retrieval.py" line="+160" />
            <source>Filter codes…</source>
            <extracomment>(source id, start, end) of a segment the user double-clicked: show it in its document. Language of code names and of exported tables ("fi" by default).</extracomment>
            <translation>Suodata koodeja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codes to retrieve, e.g. [T1] AND NOT [Vaikutukset]; empty: all</source>
            <translation>Haettavat koodit, esim. [T1] AND NOT [Vaikutukset]; tyhjä: kaikki</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ OR</source>
            <translation>+ OR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ AND</source>
            <translation>+ AND</translation>
        </message>
        <message>
            <location line="+1" />
            <source>+ AND NOT</source>
            <translation>+ AND NOT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the selected code: segments of either code</source>
            <translation>Lisää valittu koodi (OR): segmentit, joissa on jompikumpi koodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the selected code: only segments where it also applies</source>
            <translation>Lisää valittu koodi (AND): vain segmentit, joissa sekin on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add the selected code: only segments where it does not apply</source>
            <translation>Lisää valittu koodi (AND NOT): vain segmentit, joissa sitä ei ole</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Retrieve</source>
            <translation>Hae</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>Vie…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source kind</source>
            <translation>Aineiston laji</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+3" />
            <source>Coder</source>
            <translation>Koodaaja</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Case</source>
            <translation>Tapaus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attribute</source>
            <translation>Attribuutti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>is</source>
            <translation>on</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>Aineisto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Code</source>
            <translation>Koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Speaker / question</source>
            <translation>Puhuja / kysymys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location line="+14" />
            <source>(all)</source>
            <translation>(kaikki)</translation>
        </message>
        <message>
            <location line="+90" />
            <source>Retrieving…</source>
            <translation>Haetaan…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Retrieving segments</source>
            <translation>Haetaan segmenttejä</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 segments in %2 sources</source>
            <translation>%1 segmenttiä %2 aineistossa</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Export the segments</source>
            <translation>Vie segmentit</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Exporting segments</source>
            <translation>Viedään segmenttejä</translation>
        </message>
    </context>
    <context>
        <name>SourceKinds</name>
        <message>
            <location filename="../../gui/labels.py" line="-12" />
            <source>text</source>
            <translation>teksti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>document</source>
            <translation>asiakirja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>transcript</source>
            <translation>litteraatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>survey answer</source>
            <translation>kyselyvastaus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>status report</source>
            <translation>tilanneraportti</translation>
        </message>
    </context>
    <context>
        <name>SourcesModel</name>
        <message>
            <location filename="../../gui/qt_sources.py" line="+48" />
            <source>%1 characters, %2 codings</source>
            <translation>%1 merkkiä, %2 koodausta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Source</source>
            <translation>Aineisto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>Laji</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Codings</source>
            <translation>Koodauksia</translation>
        </message>
    </context>
    <context>
        <name>SourcesPanel</name>
        <message>
            <location line="+132" />
            <source>Import files…</source>
            <translation>Tuo tiedostoja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rename…</source>
            <translation>Nimeä uudelleen…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delete…</source>
            <translation>Poista…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rename source</source>
            <translation>Nimeä aineisto uudelleen</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New name:</source>
            <translation>Uusi nimi:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete the source “%1” and its %2 codings? You can undo this.</source>
            <translation>Poistetaanko aineisto ”%1” ja sen %2 koodausta? Voit perua poiston.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>Delete source</source>
            <translation>Poista aineisto</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Search names and text…</source>
            <translation>Hae nimistä ja tekstistä…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sources</source>
            <translation>Aineistot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>value</source>
            <translation>arvo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>Kaikki lajit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Any code</source>
            <translation>Mikä tahansa koodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Any attribute</source>
            <translation>Mikä tahansa attribuutti</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsPanel</name>
        <message>
            <location filename="../../gui/qt_suggestions.py" line="+137" />
            <source>Looking for suggestions…</source>
            <extracomment>Units whose best code scores lower are not listed. Scores are calibrated probabilities that the coder would apply the code; in a long interview nearly every sentence gets some ranking, and a list of all of them buries the ones more likely than not to be right.</extracomment>
            <translation>Haetaan ehdotuksia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggesting codes</source>
            <translation>Ehdotetaan koodeja</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Training on your codings…</source>
            <translation>Opetetaan koodaustesi perusteella…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Training suggestions</source>
            <translation>Opetetaan ehdotuksia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Trained on %1 coded segments of %2 codes in %3 s.</source>
            <translation>Opetettu %1 koodatulla segmentillä, %2 koodia, %3 s.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Cancelled.</source>
            <translation>Peruttu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggestions failed: %1</source>
            <translation>Ehdotukset epäonnistuivat: %1</translation>
        </message>
        <message>
            <location line="+127" />
            <source>Suggestions unavailable: the suggestion engine is not installed.</source>
            <translation>Ehdotukset eivät ole käytettävissä: ehdotusmoottoria ei ole asennettu.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open a source to get suggestions.</source>
            <translation>Avaa aineisto saadaksesi ehdotuksia.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1 suggestions pending. Review: A accept, R reject, S skip, 1–3 accept an alternative.</source>
            <translation>%1 ehdotusta odottaa. Läpikäynti: A hyväksy, R hylkää, S ohita, 1–3 hyväksy vaihtoehto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Suggest codes</source>
            <translation>Ehdota koodeja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review mode</source>
            <translation>Läpikäynti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text</source>
            <translation>Teksti</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Suggested code</source>
            <translation>Ehdotettu koodi</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accept (A)</source>
            <translation>Hyväksy (A)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reject (R)</source>
            <translation>Hylkää (R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Skip (S)</source>
            <translation>Ohita (S)</translation>
        </message>
    </context>
    <context>
        <name>SurveyColumnsModel</name>
        <message>
            <location filename="../../gui/survey_mapping_dialog.py" line="+59" />
            <source>Respondent id</source>
            <translation>Vastaajan tunnus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Open question</source>
            <translation>Avoin kysymys</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed: categorical</source>
            <translation>Suljettu: luokiteltu</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Closed: Likert 1–5</source>
            <translation>Suljettu: Likert 1–5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed: yes / no</source>
            <translation>Suljettu: kyllä / ei</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Multiple choice: a column per option</source>
            <translation>Monivalinta: sarake vaihtoehtoa kohden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Multiple choice: all in one cell</source>
            <translation>Monivalinta: kaikki samassa solussa</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Answered · distinct</source>
            <translation>Vastanneet · eri arvot</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Ignore</source>
            <translation>Ohita</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Column</source>
            <translation>Sarake</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Role</source>
            <translation>Rooli</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Name in the project</source>
            <translation>Nimi projektissa</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Type</source>
            <translation>Tyyppi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Examples</source>
            <translation>Esimerkit</translation>
        </message>
        <message>
            <location line="+47" />
            <source>auto</source>
            <translation>automaattinen</translation>
        </message>
        <message>
            <location line="+35" />
            <source>another column is the id</source>
            <translation>toinen sarake on tunnus</translation>
        </message>
        <message>
            <location line="+2" />
            <source>chosen by you</source>
            <translation>sinun valintasi</translation>
        </message>
    </context>
    <context>
        <name>SurveyMappingDialog</name>
        <message>
            <location line="+48" />
            <source>Import a survey: %1</source>
            <extracomment>File choosers; tests replace them (a modal dialog would block an offscreen run).</extracomment>
            <translation>Tuo kysely: %1</translation>
        </message>
        <message>
            <location line="+28" />
            <source>auto</source>
            <translation>automaattinen</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Read again</source>
            <translation>Lue uudelleen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Answers that mean “don't know”, separated by semicolons</source>
            <translation>Vastaukset, jotka tarkoittavat ”en osaa sanoa”, puolipisteillä erotettuina</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Header rows</source>
            <translation>Otsikkorivejä</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Delimiter</source>
            <translation>Erotin</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sheet</source>
            <translation>Taulukko</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Case name</source>
            <translation>Tapauksen nimi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code group of open questions</source>
            <translation>Avointen kysymysten koodiryhmä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“Don't know” answers</source>
            <translation>”En osaa sanoa” -vastaukset</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Values of the selected column</source>
            <translation>Valitun sarakkeen arvot</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Import</source>
            <translation>Tuo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Load mapping…</source>
            <translation>Lataa määritys…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save mapping…</source>
            <translation>Tallenna määritys…</translation>
        </message>
        <message>
            <location line="+51" />
            <source>%1: %2 respondents, %3 columns.</source>
            <translation>%1: %2 vastaajaa, %3 saraketta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Looks like an export from %1.</source>
            <translation>Tiedosto näyttää olevan vienti palvelusta %1.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Answered by %1 of %2 respondents</source>
            <translation>Vastanneita %1 / %2 vastaajasta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Most common values:</source>
            <translation>Yleisimmät arvot:</translation>
        </message>
        <message>
            <location line="+23" />
            <source>%1 respondents become cases (“%2”). %3 open questions become coded answers under the code group “%4”; %5 closed questions and %6 multiple-choice questions become case attributes.</source>
            <translation>%1 vastaajasta tulee tapauksia (”%2”). %3 avoimen kysymyksen vastaukset koodataan koodiryhmän ”%4” alle; %5 suljetusta kysymyksestä ja %6 monivalintakysymyksestä tulee tapausten attribuutteja.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No id column: respondents are numbered by row.</source>
            <translation>Ei tunnussaraketta: vastaajat numeroidaan rivijärjestyksessä.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The case name must contain {id}.</source>
            <translation>Tapauksen nimessä on oltava {id}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every column is ignored or the id: there is nothing to import.</source>
            <translation>Kaikki sarakkeet on ohitettu tai tunnuksia: tuotavaa ei ole.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Save the import mapping</source>
            <translation>Tallenna tuonnin määritys</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved %1</source>
            <translation>Tallennettu: %1</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Load an import mapping</source>
            <translation>Lataa tuonnin määritys</translation>
        </message>
    </context>
    <context>
        <name>TargetCodeDelegate</name>
        <message>
            <location filename="../../gui/merge_wizard.py" line="-235" />
            <source>(add as new)</source>
            <translation>(lisää uutena)</translation>
        </message>
    </context>
    <context>
        <name>TeamController</name>
        <message>
            <location filename="../../gui/team_controller.py" line="+56" />
            <source>Merged: %1 codings, %2 codes and %3 sources added.</source>
            <translation>Yhdistetty: lisättiin %1 koodausta, %2 koodia ja %3 aineistoa.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Merge a codebook</source>
            <translation>Yhdistä koodikirja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codebooks (%1)</source>
            <translation>Koodikirjat (%1)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reading the codebook</source>
            <translation>Luetaan koodikirjaa</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Codebook merged: %n code(s) added.</source>
            <translation>
                <numerusform>Koodikirja yhdistetty: lisättiin %n koodi.</numerusform>
                <numerusform>Koodikirja yhdistetty: lisättiin %n koodia.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ToolsController</name>
        <message>
            <location filename="../../gui/tools_controller.py" line="+34" />
            <source>The project has no interview transcripts with speaker turns.</source>
            <translation>Projektissa ei ole haastattelulitteraatteja, joissa on puheenvuoroja.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>All transcripts (%1)</source>
            <translation>Kaikki litteraatit (%1)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the open transcript</source>
            <translation>Vain avoinna oleva litteraatti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Which transcripts?</source>
            <translation>Mitkä litteraatit?</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Interview speakers to cases</source>
            <translation>Haastateltavat tapauksiksi</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make %1 interviewees into cases linked to their turns? Interviewers (%2) get no case; new cases get the transcript's attributes.</source>
            <translation>Tehdäänkö %1 haastateltavasta tapaukset, jotka liitetään heidän puheenvuoroihinsa? Haastattelijat (%2) eivät saa tapausta; uudet tapaukset saavat litteraatin attribuutit.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n case(s) made from speakers.</source>
            <translation>
                <numerusform>Puhujista tehtiin %n tapaus.</numerusform>
                <numerusform>Puhujista tehtiin %n tapausta.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Autocode speakers</source>
            <translation>Koodaa puhujat automaattisesti</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Code every turn of %1 speakers (%2 turns), each speaker with a code of its own under the code group “Puhujat”?</source>
            <translation>Koodataanko %1 puhujan kaikki puheenvuorot (%2 kpl), kukin puhuja omalla koodillaan koodiryhmän ”Puhujat” alle?</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n turn(s) coded.</source>
            <translation>
                <numerusform>Koodattiin %n puheenvuoro.</numerusform>
                <numerusform>Koodattiin %n puheenvuoroa.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UndoCommands</name>
        <message>
            <location filename="../../gui/disagreement_view.py" line="-331" />
            <source>Resolve disagreement</source>
            <translation>Ratkaise erimielisyys</translation>
        </message>
        <message>
            <location filename="../../gui/undo_codes.py" line="+18" />
            <source>New code</source>
            <translation>Uusi koodi</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Rename code</source>
            <translation>Nimeä koodi uudelleen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recolour code</source>
            <translation>Vaihda koodin väri</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Describe code</source>
            <translation>Kuvaa koodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assign shortcut</source>
            <translation>Anna pikanäppäin</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Edit code</source>
            <translation>Muokkaa koodia</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Move code</source>
            <translation>Siirrä koodi</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Merge codes</source>
            <translation>Yhdistä koodit</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Delete code</source>
            <translation>Poista koodi</translation>
        </message>
        <message>
            <location filename="../../gui/undo_coding.py" line="+20" />
            <source>Code selection</source>
            <translation>Koodaa valinta</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Remove coding</source>
            <translation>Poista koodaus</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove codings</source>
            <translation>Poista koodaukset</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Resize coding</source>
            <translation>Muuta koodauksen rajoja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Change coding</source>
            <translation>Muuta koodausta</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Edit text</source>
            <translation>Muokkaa tekstiä</translation>
        </message>
        <message>
            <location filename="../../gui/undo_misc.py" line="+22" />
            <source>Edit memo</source>
            <translation>Muokkaa muistiota</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Set attribute</source>
            <translation>Aseta attribuutti</translation>
        </message>
        <message>
            <location line="+18" />
            <source>New case</source>
            <translation>Uusi tapaus</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit case</source>
            <translation>Muokkaa tapausta</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Rename source</source>
            <translation>Nimeä aineisto uudelleen</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Import file</source>
            <translation>Tuo tiedosto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Import %n files</source>
            <translation>Tuo %n tiedostoa</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Merge a colleague's project</source>
            <translation>Yhdistä kollegan projekti</translation>
        </message>
        <message>
            <location filename="../../gui/analysis_matrix_model.py" line="+13" />
            <source>Override matrix cell</source>
            <translation>Korvaa matriisin solu</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Clear matrix override</source>
            <translation>Poista matriisin korvaus</translation>
        </message>
        <message>
            <location filename="../../gui/undo_bulk.py" line="+45" />
            <source>Speakers to cases</source>
            <translation>Puhujat tapauksiksi</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Autocode speakers</source>
            <translation>Puhujien automaattikoodaus</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Merge codebook</source>
            <translation>Yhdistä koodikirja</translation>
        </message>
    </context>
    <context>
        <name>ViewJobs</name>
        <message>
            <location filename="../../gui/analysis_common.py" line="-75" />
            <source>Cancelled.</source>
            <extracomment>Export formats offered by the analysis views, as file-dialog filters (extension first). (key, busy) when a key's job starts or ends. (key, fraction, message) of a running job.</extracomment>
            <translation>Peruttu.</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../gui/qt_welcome.py" line="+60" />
            <source>tyokyky-qda coding workbench</source>
            <translation>tyokyky-qda – koodaustyöpöytä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code interviews, survey answers and status reports against the programme's goals. Every change is saved as you make it.</source>
            <translation>Koodaa haastattelut, kyselyvastaukset ja tilanneraportit ohjelman tavoitteita vasten. Jokainen muutos tallentuu heti.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New project…</source>
            <translation>Uusi projekti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open project…</source>
            <translation>Avaa projekti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent projects (double-click to open):</source>
            <translation>Viimeaikaiset projektit (avaa kaksoisnapsauttamalla):</translation>
        </message>
    </context>
    <context>
        <name>WorkbenchActions</name>
        <message>
            <location filename="../../gui/actions.py" line="+91" />
            <source>&amp;File</source>
            <translation>&amp;Tiedosto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit</source>
            <translation>&amp;Muokkaa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Code</source>
            <translation>&amp;Koodaa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Analysis</source>
            <translation>&amp;Analyysi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Team</source>
            <translation>T&amp;iimi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>T&amp;ools</source>
            <translation>T&amp;yökalut</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;View</source>
            <translation>&amp;Näytä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Help</source>
            <translation>&amp;Ohje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open &amp;recent</source>
            <translation>&amp;Viimeaikaiset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;xport</source>
            <translation>V&amp;ie</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Panels</source>
            <translation>&amp;Paneelit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language</source>
            <translation>&amp;Kieli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code&amp;book</source>
            <translation>Koodi&amp;kirja</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;New project…</source>
            <translation>&amp;Uusi projekti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Open project…</source>
            <translation>&amp;Avaa projekti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Import files…</source>
            <translation>&amp;Tuo tiedostoja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REFI-QDA &amp;project (.qdpx)…</source>
            <translation>REFI-QDA-&amp;projekti (.qdpx)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>REFI-QDA &amp;codebook (.qdc)…</source>
            <translation>REFI-QDA-&amp;koodikirja (.qdc)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Codebook as a &amp;table (XLSX, CSV)…</source>
            <translation>Koodikirja &amp;taulukkona (XLSX, CSV)…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Close project</source>
            <translation>&amp;Sulje projekti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Quit</source>
            <translation>&amp;Lopeta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+169" />
            <source>&amp;Undo</source>
            <translation>&amp;Kumoa</translation>
        </message>
        <message>
            <location line="-169" />
            <location line="+170" />
            <source>&amp;Redo</source>
            <translation>&amp;Tee uudelleen</translation>
        </message>
        <message>
            <location line="-169" />
            <source>&amp;Edit text</source>
            <translation>&amp;Muokkaa tekstiä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coder &amp;name…</source>
            <translation>Koodaajan &amp;nimi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code with the &amp;selected code</source>
            <translation>Koodaa &amp;valitulla koodilla</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code &amp;with…</source>
            <translation>Koodaa &amp;koodilla…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;In-vivo code</source>
            <translation>&amp;In vivo -koodi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove coding</source>
            <translation>&amp;Poista koodaus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Fit coding to selection</source>
            <translation>&amp;Sovita koodaus valintaan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Set coding &amp;range…</source>
            <translation>Aseta koodauksen &amp;rajat…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Move coding to code…</source>
            <translation>&amp;Siirrä koodaus koodiin…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Suggest codes</source>
            <translation>&amp;Ehdota koodeja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Train suggestions on my codings</source>
            <translation>&amp;Opeta ehdotukset koodauksistani</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coded &amp;segments…</source>
            <translation>Koodatut &amp;segmentit…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Matrix…</source>
            <translation>&amp;Matriisi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export &amp;report tables…</source>
            <translation>Vie &amp;raporttitaulukot…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Merge a colleague's project…</source>
            <translation>&amp;Yhdistä kollegan projekti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Merge a code&amp;book…</source>
            <translation>Yhdistä k&amp;oodikirja…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Review &amp;disagreements…</source>
            <translation>&amp;Erimielisyyksien läpikäynti…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inter-coder &amp;agreement…</source>
            <translation>Koodaajien yhtä&amp;pitävyys…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Pseudonymisation review…</source>
            <translation>&amp;Pseudonymisoinnin tarkistus…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Interview &amp;speakers to cases…</source>
            <translation>&amp;Haastateltavat tapauksiksi…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Autocode speakers…</source>
            <translation>&amp;Automaattikoodaa puhujat…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;in</source>
            <translation>&amp;Suurenna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom &amp;out</source>
            <translation>&amp;Pienennä</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Normal size</source>
            <translation>&amp;Normaali koko</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Larger interface text</source>
            <translation>Käyttöliittymän teksti &amp;suuremmaksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>S&amp;maller interface text</source>
            <translation>Käyttöliittymän teksti &amp;pienemmäksi</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;High contrast</source>
            <translation>&amp;Suuri kontrasti</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show &amp;all coders</source>
            <translation>Näytä &amp;kaikki koodaajat</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show only &amp;my codings</source>
            <translation>Näytä vain &amp;omat koodaukset</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Pikanäppäimet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Language model status</source>
            <translation>&amp;Kielimallin tila</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;About</source>
            <translation>&amp;Tietoja</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Toolbar</source>
            <translation>Työkalurivi</translation>
        </message>
    </context>
    <context>
        <name>WorkbenchStatusBar</name>
        <message>
            <location filename="../../gui/status_bar.py" line="+47" />
            <source>%1 sources · %2 codes · %3 codings</source>
            <translation>%1 aineistoa · %2 koodia · %3 koodausta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Coder: %1</source>
            <translation>Koodaaja: %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Cancel</source>
            <translation>Peruuta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>READ-ONLY</source>
            <translation>VAIN LUKU</translation>
        </message>
    </context>
    <context>
        <name>core</name>
        <message>
            <location filename="../../analysis/agreement.py" line="154" />
            <source>unknown unit {unit!r} (one of {choices})</source>
            <translation>tuntematon yksikkö {unit!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="157" />
            <source>agreement needs at least two different coders</source>
            <translation>yhtäpitävyyden laskemiseen tarvitaan vähintään kaksi eri koodaajaa</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="162" />
            <source>no coder named {names} (coders: none)</source>
            <translation>koodaajaa {names} ei ole (projektissa ei ole koodaajia)</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="163" />
            <source>no coder named {names} (coders: {coders})</source>
            <translation>koodaajaa {names} ei ole (koodaajat: {coders})</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="188" />
            <source>source {source_id}</source>
            <translation>lähde {source_id}</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="227" />
            <source>{code}: applied to {share:.1%} of units; percent agreement is dominated by uncoded text — read kappa/alpha instead</source>
            <translation>{code}: koodattu {share:.1%} yksiköistä; prosenttiyhtäpitävyys kuvaa lähinnä koodaamatonta tekstiä — tulkitse mieluummin kappaa tai alfaa</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="232" />
            <source>overall: codes cover {share:.1%} of the (unit, code) decisions, so percent agreement mostly measures agreement on uncoded text</source>
            <translation>kaikki koodit: koodit kattavat {share:.1%} (yksikkö, koodi) -päätöksistä, joten prosenttiyhtäpitävyys mittaa enimmäkseen yksimielisyyttä koodaamattomasta tekstistä</translation>
        </message>
        <message>
            <location filename="../../analysis/agreement.py" line="236" />
            <source>no source has been coded by all of these coders</source>
            <translation>yhtäkään lähdettä eivät ole koodanneet kaikki nämä koodaajat</translation>
        </message>
        <message>
            <location filename="../../analysis/axes.py" line="91" />
            <source>more than one code is called {name!r}; give its path or id</source>
            <translation>nimellä {name!r} on useampi koodi; anna koodin polku tai tunniste</translation>
        </message>
        <message>
            <location filename="../../analysis/axes.py" line="96" />
            <source>no code {name!r} (give a name, a path, an id or a GUID)</source>
            <translation>koodia {name!r} ei ole (anna nimi, polku, tunniste tai GUID)</translation>
        </message>
        <message>
            <location filename="../../analysis/axes.py" line="104" />
            <source>unknown axis {spec!r} (group:NAME, attribute:NAME, source, case or coder)</source>
            <translation>tuntematon akseli {spec!r} (group:NIMI, attribute:NIMI, source, case tai coder)</translation>
        </message>
        <message>
            <location filename="../../analysis/axes.py" line="107" />
            <source>group: needs a code group name</source>
            <translation>group: tarvitsee koodiryhmän nimen</translation>
        </message>
        <message>
            <location filename="../../analysis/axes.py" line="112" />
            <source>no attribute {name!r}</source>
            <translation>attribuuttia {name!r} ei ole</translation>
        </message>
        <message>
            <location filename="../../analysis/cooccurrence.py" line="29" />
            <source>co-occurrence counts segments or sources</source>
            <translation>yhteisesiintymät lasketaan segmenteistä tai lähteistä</translation>
        </message>
        <message>
            <location filename="../../analysis/cooccurrence.py" line="46" />
            <source>co-occurrence</source>
            <translation>yhteisesiintymät</translation>
        </message>
        <message>
            <location filename="../../analysis/findings.py" line="107" />
            <source>no findings table with id {table_id}</source>
            <translation>tulostaulukkoa tunnisteella {table_id} ei ole</translation>
        </message>
        <message>
            <location filename="../../analysis/findings.py" line="189" />
            <source>draft</source>
            <translation>luonnos</translation>
        </message>
        <message>
            <location filename="../../analysis/frequencies.py" line="61" />
            <source>frequencies break down by source_kind, attribute:NAME, source, case or coder</source>
            <translation>frekvenssit voi jakaa näin: source_kind, attribute:NIMI, source, case tai coder</translation>
        </message>
        <message>
            <location filename="../../analysis/frequencies.py" line="75" />
            <source>unknown measure {measure!r} (one of {choices})</source>
            <translation>tuntematon mittari {measure!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../analysis/frequencies.py" line="91" />
            <source>frequencies</source>
            <translation>frekvenssit</translation>
        </message>
        <message>
            <location filename="../../analysis/matrix.py" line="105" />
            <source>no row or column {ref!r} in the matrix</source>
            <translation>matriisissa ei ole riviä tai saraketta {ref!r}</translation>
        </message>
        <message>
            <location filename="../../analysis/matrix.py" line="120" />
            <source>unknown cell kind {cell!r} (one of {choices})</source>
            <translation>tuntematon solun sisältö {cell!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../analysis/matrix.py" line="122" />
            <source>drop_empty must be one of {choices}</source>
            <translation>drop_empty-arvon pitää olla jokin näistä: {choices}</translation>
        </message>
        <message>
            <location filename="../../analysis/matrix.py" line="137" />
            <source>matrix</source>
            <translation>matriisi</translation>
        </message>
        <message>
            <location filename="../../analysis/query.py" line="69" />
            <source>empty code query</source>
            <translation>koodikysely on tyhjä</translation>
        </message>
        <message>
            <location filename="../../analysis/query.py" line="73" />
            <location filename="../../analysis/query.py" line="120" />
            <source>unexpected {token!r} in the code query</source>
            <translation>odottamaton {token!r} koodikyselyssä</translation>
        </message>
        <message>
            <location filename="../../analysis/query.py" line="111" />
            <source>the code query ends too early</source>
            <translation>koodikysely päättyy kesken</translation>
        </message>
        <message>
            <location filename="../../analysis/query.py" line="116" />
            <source>missing ')' in the code query</source>
            <translation>koodikyselystä puuttuu ')'</translation>
        </message>
        <message>
            <location filename="../../analysis/retrieval.py" line="57" />
            <source>segments</source>
            <translation>segmentit</translation>
        </message>
        <message>
            <location filename="../../analysis/scope.py" line="125" />
            <source>no case {name!r}</source>
            <translation>tapausta {name!r} ei ole</translation>
        </message>
        <message>
            <location filename="../../analysis/survey.py" line="257" />
            <source>no answers for {questions}</source>
            <translation>ei vastauksia kysymyksiin {questions}</translation>
        </message>
        <message>
            <location filename="../../analysis/survey.py" line="261" />
            <source>multiple-choice options are counted with multiple_choice_table</source>
            <translation>monivalintakysymysten vaihtoehdot lasketaan multiple_choice_table-taulukolla</translation>
        </message>
        <message>
            <location filename="../../analysis/words.py" line="90" />
            <source>word frequencies split by code or by attribute:NAME</source>
            <translation>sanafrekvenssit voi jakaa koodin tai attribute:NIMI-attribuutin mukaan</translation>
        </message>
        <message>
            <location filename="../../analysis/words.py" line="112" />
            <source>words</source>
            <translation>sanat</translation>
        </message>
        <message>
            <location filename="../../core/codebook.py" line="91" />
            <source>codebook not found: {path}</source>
            <translation>koodikirjaa ei löydy: {path}</translation>
        </message>
        <message>
            <location filename="../../core/codebook.py" line="95" />
            <source>{file}: not a valid codebook file ({error})</source>
            <translation>{file}: ei kelvollinen koodikirjatiedosto ({error})</translation>
        </message>
        <message>
            <location filename="../../export/__init__.py" line="24" />
            <source>unknown export format (none): use one of {choices}</source>
            <translation>tuntematon vientimuoto (ei tiedostopäätettä): käytä jotakin näistä: {choices}</translation>
        </message>
        <message>
            <location filename="../../export/__init__.py" line="25" />
            <source>unknown export format {suffix}: use one of {choices}</source>
            <translation>tuntematon vientimuoto {suffix}: käytä jotakin näistä: {choices}</translation>
        </message>
        <message>
            <location filename="../../export/__init__.py" line="28" />
            <location filename="../../store/base.py" line="93" />
            <source>folder does not exist: {path}</source>
            <translation>kansiota ei ole: {path}</translation>
        </message>
        <message>
            <location filename="../../export/catalog.py" line="61" />
            <source>unknown report {name!r} (one of {choices})</source>
            <translation>tuntematon raportti {name!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../export/catalog.py" line="102" />
            <source>the project has no closed survey questions (case attributes of survey respondents)</source>
            <translation>projektissa ei ole kyselyn suljettuja kysymyksiä (vastaajien tapausattribuutteja)</translation>
        </message>
        <message>
            <location filename="../../export/catalog.py" line="113" />
            <source>no findings table {ref!r}</source>
            <translation>tulostaulukkoa {ref!r} ei ole</translation>
        </message>
        <message>
            <location filename="../../ingest/docx_reader.py" line="22" />
            <source>Word document</source>
            <translation>Word-asiakirja</translation>
        </message>
        <message>
            <location filename="../../ingest/docx_reader.py" line="30" />
            <location filename="../../ingest/docx_reader.py" line="36" />
            <source>corrupt Word document ({error})</source>
            <translation>vioittunut Word-asiakirja ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/html_reader.py" line="32" />
            <source>unreadable HTML ({error})</source>
            <translation>HTML-tiedostoa ei voi lukea ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/metadata.py" line="52" />
            <source>no such metadata file: {path}</source>
            <translation>metatietotiedostoa ei ole: {path}</translation>
        </message>
        <message>
            <location filename="../../ingest/metadata.py" line="56" />
            <source>cannot read the metadata file {file}: {error}</source>
            <translation>metatietotiedostoa {file} ei voi lukea: {error}</translation>
        </message>
        <message>
            <location filename="../../ingest/metadata.py" line="98" />
            <source>bad --name-pattern {pattern!r}: {error}</source>
            <translation>virheellinen --name-pattern {pattern!r}: {error}</translation>
        </message>
        <message>
            <location filename="../../ingest/metadata.py" line="100" />
            <source>--name-pattern needs named groups, e.g. '(?P&lt;alue&gt;[^_]+)_(?P&lt;nro&gt;\d+)'</source>
            <translation>--name-pattern tarvitsee nimettyjä ryhmiä, esim. '(?P&lt;alue&gt;[^_]+)_(?P&lt;nro&gt;\d+)'</translation>
        </message>
        <message>
            <location filename="../../ingest/odt_reader.py" line="19" />
            <source>OpenDocument text</source>
            <translation>OpenDocument-teksti</translation>
        </message>
        <message>
            <location filename="../../ingest/odt_reader.py" line="30" />
            <source>corrupt OpenDocument file ({error})</source>
            <translation>vioittunut OpenDocument-tiedosto ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="38" />
            <source>the old Word format (.doc) is not supported; save it as .docx</source>
            <translation>vanhaa Word-muotoa (.doc) ei tueta; tallenna tiedosto .docx-muodossa</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="39" />
            <source>the old Excel format (.xls) is not supported; save it as .xlsx or .csv</source>
            <translation>vanhaa Excel-muotoa (.xls) ei tueta; tallenna tiedosto .xlsx- tai .csv-muodossa</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="40" />
            <source>OpenDocument spreadsheets are not supported; save it as .xlsx or .csv</source>
            <translation>OpenDocument-laskentataulukoita ei tueta; tallenna tiedosto .xlsx- tai .csv-muodossa</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="41" />
            <location filename="../../ingest/parsers.py" line="41" />
            <location filename="../../ingest/parsers.py" line="42" />
            <source>presentations are not supported</source>
            <translation>esityksiä ei tueta</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="43" />
            <source>an archive: unpack it and import the files</source>
            <translation>pakattu arkisto: pura se ja tuo tiedostot</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="43" />
            <source>an archive: unpack it first</source>
            <translation>pakattu arkisto: pura se ensin</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="90" />
            <source>an image has no text layer; run OCR on it first</source>
            <translation>kuvassa ei ole tekstikerrosta; tunnista teksti ensin OCR:llä</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="92" />
            <source>audio and video cannot be imported; import their transcript</source>
            <translation>ääntä ja videota ei voi tuoda; tuo niiden litteraatti</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="94" />
            <source>unsupported file type (no extension)</source>
            <translation>tiedostotyyppiä ei tueta (ei tiedostopäätettä)</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="95" />
            <source>unsupported file type ({ext})</source>
            <translation>tiedostotyyppiä ei tueta ({ext})</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="112" />
            <source>a survey must be a .csv, .tsv or .xlsx export (or tab-separated .txt)</source>
            <translation>kyselyn pitää olla .csv-, .tsv- tai .xlsx-vienti (tai sarkaimin eroteltu .txt)</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="143" />
            <source>no text in the document</source>
            <translation>asiakirjassa ei ole tekstiä</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="214" />
            <source>no speaker turns or timestamps found (is it a transcript?)</source>
            <translation>puheenvuoroja tai aikaleimoja ei löytynyt (onko tiedosto litteraatti?)</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="224" />
            <source>no report fields found (labels: {labels})</source>
            <translation>raportin kenttiä ei löytynyt (otsikot: {labels})</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="253" />
            <source>no report field columns found (labels: {labels})</source>
            <translation>raportin kenttäsarakkeita ei löytynyt (otsikot: {labels})</translation>
        </message>
        <message>
            <location filename="../../ingest/parsers.py" line="267" />
            <source>the export has no report rows</source>
            <translation>viennissä ei ole raporttirivejä</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="38" />
            <source>not a PDF file (no %PDF header)</source>
            <translation>ei PDF-tiedosto (%PDF-otsake puuttuu)</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="42" />
            <source>the PDF has no text layer (a scanned document?); run OCR on it first</source>
            <translation>PDF-tiedostossa ei ole tekstikerrosta (skannattu asiakirja?); tunnista teksti ensin OCR:llä</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="45" />
            <source>{count} page(s) without text: {pages}</source>
            <translation>tekstittömiä sivuja {count}: {pages}</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="65" />
            <source>corrupt or truncated PDF ({error})</source>
            <translation>vioittunut tai katkennut PDF ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="70" />
            <source>encrypted PDF: it cannot be decrypted here (its encryption needs the 'cryptography' package); save an unprotected copy</source>
            <translation>salattu PDF: salausta ei voi purkaa tässä asennuksessa (se vaatii 'cryptography'-paketin); tallenna suojaamaton kopio</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="73" />
            <source>encrypted PDF that cannot be opened ({error})</source>
            <translation>salattua PDF-tiedostoa ei voi avata ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="75" />
            <source>encrypted PDF: it needs a password; save an unprotected copy</source>
            <translation>salattu PDF: avaamiseen tarvitaan salasana; tallenna suojaamaton kopio</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="84" />
            <source>corrupt PDF: its page tree cannot be read ({error})</source>
            <translation>vioittunut PDF: sivurakennetta ei voi lukea ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/pdf_reader.py" line="100" />
            <source>text of page(s) {pages} could not be read</source>
            <translation>sivujen {pages} tekstiä ei voitu lukea</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="80" />
            <source>unknown kind {kind!r} (one of {choices})</source>
            <translation>tuntematon aineistolaji {kind!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="92" />
            <source>used as the metadata file (file → attributes)</source>
            <translation>käytetty metatietotiedostona (tiedosto → attribuutit)</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="113" />
            <source>cancelled</source>
            <translation>peruttu</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="113" />
            <location filename="../../pseudo/apply_write.py" line="53" />
            <location filename="../../pseudo/scan.py" line="119" />
            <location filename="../../refi/qdpx_export.py" line="246" />
            <location filename="../../refi/qdpx_import.py" line="78" />
            <location filename="../../team/merge.py" line="37" />
            <source>done</source>
            <translation>valmis</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="151" />
            <source>a README describes the folder; name it explicitly to import it</source>
            <translation>README kuvaa kansion sisältöä; tuo se nimeämällä tiedosto erikseen</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="158" />
            <source>metadata file (file → attributes), not material</source>
            <translation>metatietotiedosto (tiedosto → attribuutit), ei aineistoa</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="185" />
            <location filename="../../ingest/safety.py" line="70" />
            <source>cannot read the file ({error})</source>
            <translation>tiedostoa ei voi lukea ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="188" />
            <source>already imported (the same file)</source>
            <translation>tuotu jo aiemmin (sama tiedosto)</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="206" />
            <source>duplicate of source {source} (same text)</source>
            <translation>lähteen {source} kaksoiskappale (sama teksti)</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="208" />
            <source>all of it is in the project already (same texts)</source>
            <translation>kaikki on jo projektissa (samat tekstit)</translation>
        </message>
        <message>
            <location filename="../../ingest/registry.py" line="225" />
            <source>could not be stored ({error})</source>
            <translation>tallentaminen epäonnistui ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/rtf_reader.py" line="21" />
            <source>not an RTF file (it does not start with {\rtf)</source>
            <translation>ei RTF-tiedosto (se ei ala merkeillä {\rtf)</translation>
        </message>
        <message>
            <location filename="../../ingest/rtf_reader.py" line="32" />
            <source>corrupt RTF file ({error})</source>
            <translation>vioittunut RTF-tiedosto ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="68" />
            <source>file not found</source>
            <translation>tiedostoa ei löydy</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="72" />
            <source>not a regular file</source>
            <translation>ei tavallinen tiedosto</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="74" />
            <source>the file is empty</source>
            <translation>tiedosto on tyhjä</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="76" />
            <source>file too large ({size}; the limit is {limit})</source>
            <translation>tiedosto on liian suuri ({size}; raja on {limit})</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="99" />
            <source>this {what} is password-protected or in the old binary Office format; remove the password or save it again in the current format</source>
            <translation>tiedosto ({what}) on suojattu salasanalla tai vanhassa binäärisessä Office-muodossa; poista salasana tai tallenna tiedosto uudelleen nykyisessä muodossa</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="102" />
            <source>not a valid {what} ({kind}, not a zip archive)</source>
            <translation>ei kelvollinen tiedosto ({what}) ({kind}, ei zip-arkisto)</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="103" />
            <source>unknown content</source>
            <translation>tuntematon sisältö</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="108" />
            <source>corrupt or truncated {what} ({error})</source>
            <translation>vioittunut tai katkennut tiedosto ({what}) ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="110" />
            <source>suspicious {what}: {count} entries in the archive (limit {limit}; possible zip bomb)</source>
            <translation>epäilyttävä tiedosto ({what}): arkistossa on {count} osaa (raja {limit}; mahdollinen zip-pommi)</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="114" />
            <source>suspicious {what}: it would expand to {size} (limit {limit}; possible zip bomb)</source>
            <translation>epäilyttävä tiedosto ({what}): purettuna se olisi {size} (raja {limit}; mahdollinen zip-pommi)</translation>
        </message>
        <message>
            <location filename="../../ingest/safety.py" line="120" />
            <source>suspicious {what}: {entry} is compressed {ratio:.0f}:1 (limit {limit:.0f}:1; possible zip bomb)</source>
            <translation>epäilyttävä tiedosto ({what}): {entry} on pakattu suhteessa {ratio:.0f}:1 (raja {limit:.0f}:1; mahdollinen zip-pommi)</translation>
        </message>
        <message>
            <location filename="../../ingest/speakers.py" line="178" />
            <source>give a speaker</source>
            <translation>anna puhuja</translation>
        </message>
        <message>
            <location filename="../../ingest/status_report.py" line="53" />
            <source>cannot read the report label file {path}: {error}</source>
            <translation>raportin otsikkotiedostoa {path} ei voi lukea: {error}</translation>
        </message>
        <message>
            <location filename="../../ingest/store.py" line="63" />
            <source>attribute {name!r}: {error}</source>
            <translation>attribuutti {name!r}: {error}</translation>
        </message>
        <message>
            <location filename="../../ingest/store.py" line="81" />
            <source>REFI-QDA import is not available in this installation ({error})</source>
            <translation>REFI-QDA-tuonti ei ole käytettävissä tässä asennuksessa ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/store.py" line="92" />
            <source>not imported: {what}</source>
            <translation>ei tuotu: {what}</translation>
        </message>
        <message>
            <location filename="../../ingest/subtitles.py" line="71" />
            <source>{count} block(s) without a valid timing line skipped</source>
            <translation>ohitettiin lohkoja, joissa ei ole kelvollista aikariviä: {count}</translation>
        </message>
        <message>
            <location filename="../../ingest/subtitles.py" line="73" />
            <source>no timed cues found in the {format} file</source>
            <translation>{format}-tiedostosta ei löytynyt ajastettuja tekstityksiä</translation>
        </message>
        <message>
            <location filename="../../ingest/survey.py" line="60" />
            <source>the survey has no respondents</source>
            <translation>kyselyssä ei ole vastaajia</translation>
        </message>
        <message>
            <location filename="../../ingest/survey.py" line="177" />
            <source>{file}: respondent {n}/{total}</source>
            <translation>{file}: vastaaja {n}/{total}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey.py" line="206" />
            <source>cases with these respondents' names exist already; set case_name in the mapping</source>
            <translation>näiden vastaajien nimillä on jo tapauksia; aseta määritykseen case_name</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="128" />
            <source>no answers</source>
            <translation>ei vastauksia</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="130" />
            <source>technical or personal data column</source>
            <translation>tekninen tai henkilötietosarake</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="137" />
            <source>values 1–5 (and don't know)</source>
            <translation>arvot 1–5 (ja en osaa sanoa)</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="140" />
            <source>yes / no / don't know</source>
            <translation>kyllä / ei / en osaa sanoa</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="143" />
            <source>number values</source>
            <translation>lukuarvoja</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="143" />
            <source>date values</source>
            <translation>päivämääriä</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="147" />
            <source>options joined with {separator!r}</source>
            <translation>vaihtoehdot erotettu merkillä {separator!r}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="151" />
            <source>long, varied answers</source>
            <translation>pitkiä, vaihtelevia vastauksia</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="153" />
            <source>{count} distinct values</source>
            <translation>erilaisia arvoja {count}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="155" />
            <source>varied answers</source>
            <translation>vaihtelevia vastauksia</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="156" />
            <source>short answers</source>
            <translation>lyhyitä vastauksia</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="193" />
            <source>the mapping names column(s) the file does not have: {columns}</source>
            <translation>määrityksessä on sarakkeita, joita tiedostossa ei ole: {columns}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="204" />
            <source>respondent id</source>
            <translation>vastaajan tunnus</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="206" />
            <source>not in the mapping</source>
            <translation>ei määrityksessä</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_guess.py" line="209" />
            <source>multiple choice</source>
            <translation>monivalinta</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="92" />
            <source>a survey mapping is a JSON object</source>
            <translation>kyselyn määrityksen pitää olla JSON-olio</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="97" />
            <source>unknown key(s) in the survey mapping: {keys}</source>
            <translation>tuntemattomia avaimia kyselyn määrityksessä: {keys}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="108" />
            <source>case_name must contain {id}</source>
            <translation>case_name-arvossa pitää olla {id}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="117" />
            <source>no such mapping file: {path}</source>
            <translation>määritystiedostoa ei ole: {path}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="119" />
            <source>the mapping file {path} is not valid JSON ({error})</source>
            <translation>määritystiedosto {path} ei ole kelvollista JSONia ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="127" />
            <source>column {name!r}: role must be one of {roles}</source>
            <translation>sarake {name!r}: roolin pitää olla jokin näistä: {roles}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="130" />
            <source>column {name!r}: unknown key(s) {keys}</source>
            <translation>sarake {name!r}: tuntemattomia avaimia {keys}</translation>
        </message>
        <message>
            <location filename="../../ingest/survey_mapping.py" line="133" />
            <source>column {name!r}: type must be text, number, date or boolean</source>
            <translation>sarake {name!r}: tyypin pitää olla text, number, date tai boolean</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="81" />
            <source>the table is empty</source>
            <translation>taulukko on tyhjä</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="85" />
            <source>the table has a header but no data rows</source>
            <translation>taulukossa on otsikkorivi mutta ei tietorivejä</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="105" />
            <location filename="../../ingest/table_reader.py" line="159" />
            <location filename="../../ingest/xlsx_fast.py" line="121" />
            <source>too many rows (limit {limit})</source>
            <translation>liikaa rivejä (raja {limit})</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="108" />
            <source>broken CSV quoting near line {line}: {error}</source>
            <translation>CSV-tiedoston lainausmerkit ovat rikki rivin {line} tienoilla: {error}</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="127" />
            <source>Excel workbook</source>
            <translation>Excel-työkirja</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="153" />
            <source>corrupt Excel workbook ({error})</source>
            <translation>vioittunut Excel-työkirja ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="165" />
            <source>corrupt Excel sheet ({error})</source>
            <translation>vioittunut Excel-taulukko ({error})</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="174" />
            <source>the workbook has no worksheets</source>
            <translation>työkirjassa ei ole taulukoita</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="180" />
            <location filename="../../ingest/xlsx_fast.py" line="66" />
            <source>no sheet {sheet!r} (sheets: {sheets})</source>
            <translation>taulukkoa {sheet!r} ei ole (taulukot: {sheets})</translation>
        </message>
        <message>
            <location filename="../../ingest/table_reader.py" line="198" />
            <source>columns without a header were named by their letter</source>
            <translation>otsikottomat sarakkeet nimettiin sarakekirjaimen mukaan</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="43" />
            <source>binary content ({kind}), not text</source>
            <translation>binäärisisältöä ({kind}), ei tekstiä</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="48" />
            <source>binary content (NUL bytes), not text</source>
            <translation>binäärisisältöä (NUL-tavuja), ei tekstiä</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="59" />
            <source>undecodable bytes: the file is UTF-8 but byte 0x{value:02X} at line {line} (byte {offset}) is not; it mixes encodings</source>
            <translation>tulkitsemattomia tavuja: tiedosto on UTF-8-muodossa, mutta tavu 0x{value:02X} rivillä {line} (tavu {offset}) ei ole; tiedostossa on sekaisin eri merkistöjä</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="69" />
            <source>undecodable bytes: not valid {codec} at byte {offset}</source>
            <translation>tulkitsemattomia tavuja: ei kelvollista {codec}-merkistöä tavun {offset} kohdalla</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="102" />
            <source>undecodable bytes: not UTF-8 and the encoding cannot be told</source>
            <translation>tulkitsemattomia tavuja: ei UTF-8-muotoa, eikä merkistöä voi päätellä</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="122" />
            <source>binary content (control characters), not text</source>
            <translation>binäärisisältöä (ohjausmerkkejä), ei tekstiä</translation>
        </message>
        <message>
            <location filename="../../ingest/textnorm.py" line="163" />
            <source>no text in the file (only white space)</source>
            <translation>tiedostossa ei ole tekstiä (vain tyhjää)</translation>
        </message>
        <message>
            <location filename="../../nlp/autocode.py" line="29" />
            <source>the autocoding threshold must be above 0 and at most 1</source>
            <translation>automaattikoodauksen kynnyksen pitää olla yli 0 ja enintään 1</translation>
        </message>
        <message>
            <location filename="../../nlp/autocode.py" line="40" />
            <source>autocoding</source>
            <translation>koodataan automaattisesti</translation>
        </message>
        <message>
            <location filename="../../nlp/classifier.py" line="118" />
            <source>training</source>
            <translation>opetetaan mallia</translation>
        </message>
        <message>
            <location filename="../../nlp/index.py" line="30" />
            <location filename="../../store/base.py" line="29" />
            <location filename="../../store/codings_api.py" line="42" />
            <source>no source with id {id}</source>
            <translation>lähdettä tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../nlp/index.py" line="93" />
            <source>text analysis done</source>
            <translation>tekstianalyysi valmis</translation>
        </message>
        <message>
            <location filename="../../nlp/index.py" line="120" />
            <source>text analysis</source>
            <translation>tekstianalyysi</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="13" />
            <source>unknown NLP tier {value!r} (use auto, full or fallback; also in ${env})</source>
            <translation>tuntematon kielimallin taso {value!r} (käytä arvoa auto, full tai fallback; myös muuttujassa ${env})</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="14" />
            <source>the Finnish language model spacy-fi-experimental-web-md is not installed (pip install 'tyokyky-qda[fi]')</source>
            <translation>suomen kielimallia spacy-fi-experimental-web-md ei ole asennettu (pip install 'tyokyky-qda[fi]')</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="16" />
            <source>no English spaCy model is installed (e.g. en_core_web_md)</source>
            <translation>englannin spaCy-kielimallia ei ole asennettu (esim. en_core_web_md)</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="17" />
            <source>the Finnish language model needs the libvoikko library and the voikko-fi dictionary (Debian/Ubuntu: apt install libvoikko1 voikko-fi): {error}</source>
            <translation>suomen kielimalli tarvitsee libvoikko-kirjaston ja voikko-fi-sanaston (Debian/Ubuntu: apt install libvoikko1 voikko-fi): {error}</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="19" />
            <source>the full language model could not be loaded: {error}</source>
            <translation>täyttä kielimallia ei voitu ladata: {error}</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="20" />
            <source>the fallback tier was requested (argument or ${env})</source>
            <translation>varamallia pyydettiin (argumentilla tai muuttujalla ${env})</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="21" />
            <source>the project has no codes to suggest</source>
            <translation>projektissa ei ole koodeja, joita voisi ehdottaa</translation>
        </message>
        <message>
            <location filename="../../nlp/messages.py" line="22" />
            <source>unknown suggestion unit {unit!r} (one of {choices})</source>
            <translation>tuntematon ehdotusten yksikkö {unit!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../nlp/suggest.py" line="210" />
            <location filename="../../nlp/suggest.py" line="283" />
            <source>range {start}-{end} does not fit source {source}</source>
            <translation>väli {start}–{end} ei mahdu lähteeseen {source}</translation>
        </message>
        <message>
            <location filename="../../nlp/train.py" line="82" />
            <location filename="../../nlp/train.py" line="166" />
            <source>collecting coded segments</source>
            <translation>kerätään koodattuja segmenttejä</translation>
        </message>
        <message>
            <location filename="../../nlp/train.py" line="106" />
            <source>model trained</source>
            <translation>malli opetettu</translation>
        </message>
        <message>
            <location filename="../../nlp/train.py" line="242" />
            <source>calibrating</source>
            <translation>kalibroidaan</translation>
        </message>
        <message>
            <location filename="../../pseudo/apply_write.py" line="114" />
            <source>these changes did not come from applying pseudonyms</source>
            <translation>nämä muutokset eivät ole peräisin pseudonyymien käyttöönotosta</translation>
        </message>
        <message>
            <location filename="../../pseudo/key.py" line="55" />
            <source>write the key as .json or .csv, not no extension</source>
            <translation>tallenna avain .json- tai .csv-tiedostoksi, ei ilman tiedostopäätettä</translation>
        </message>
        <message>
            <location filename="../../pseudo/key.py" line="56" />
            <source>write the key as .json or .csv, not {suffix}</source>
            <translation>tallenna avain .json- tai .csv-tiedostoksi, ei {suffix}-tiedostoksi</translation>
        </message>
        <message>
            <location filename="../../pseudo/key.py" line="64" />
            <source>{count} accepted findings are not applied yet; apply them first or reject them</source>
            <translation>hyväksyttyjä löydöksiä, joita ei ole vielä otettu käyttöön: {count}; ota ne ensin käyttöön tai hylkää ne</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="17" />
            <source>Memo: {title}</source>
            <translation>Muistio: {title}</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="18" />
            <source>Memo on source {name}</source>
            <translation>Muistio: aineisto {name}</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="19" />
            <source>Memo on code {name}</source>
            <translation>Muistio: koodi {name}</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="20" />
            <source>Memo on case {name}</source>
            <translation>Muistio: tapaus {name}</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="21" />
            <source>Memo on a coding in {name}</source>
            <translation>Muistio: koodaus aineistossa {name}</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="22" />
            <source>Memo on the project</source>
            <translation>Muistio: projekti</translation>
        </message>
        <message>
            <location filename="../../pseudo/memos.py" line="23" />
            <source>Memo {id}</source>
            <translation>Muistio {id}</translation>
        </message>
        <message>
            <location filename="../../pseudo/nlp_tier.py" line="58" />
            <source>fallback requested</source>
            <translation>varamallia pyydettiin</translation>
        </message>
        <message>
            <location filename="../../pseudo/nlp_tier.py" line="70" />
            <source>the language model could not be loaded: {error}</source>
            <translation>kielimallia ei voitu ladata: {error}</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="78" />
            <source>a reviewer can set pending, accepted or rejected, not {status!r}</source>
            <translation>tarkastaja voi asettaa tilaksi pending, accepted tai rejected, ei {status!r}</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="111" />
            <location filename="../../pseudo/review.py" line="169" />
            <source>unknown category {category!r}</source>
            <translation>tuntematon luokka {category!r}</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="145" />
            <source>no such findings</source>
            <translation>löydöksiä ei ole</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="166" />
            <source>range {start}-{end} is outside the text ({length})</source>
            <translation>väli {start}–{end} on tekstin ulkopuolella ({length})</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="188" />
            <source>this change cannot be undone here</source>
            <translation>tätä muutosta ei voi kumota tässä</translation>
        </message>
        <message>
            <location filename="../../pseudo/review.py" line="195" />
            <source>no pseudonymisation entity with id {id}</source>
            <translation>pseudonymisoinnin tunnistetta {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../pseudo/scan.py" line="112" />
            <source>storing findings</source>
            <translation>tallennetaan löydöksiä</translation>
        </message>
        <message>
            <location filename="../../pseudo/scan.py" line="144" />
            <source>memos</source>
            <translation>muistiot</translation>
        </message>
        <message>
            <location filename="../../refi/codebook_io.py" line="75" />
            <source>cannot read {path}: {error}</source>
            <translation>tiedostoa {path} ei voi lukea: {error}</translation>
        </message>
        <message>
            <location filename="../../refi/codebook_io.py" line="79" />
            <source>{file}: no &lt;Codes&gt; element; not a REFI-QDA codebook</source>
            <translation>{file}: &lt;Codes&gt;-elementti puuttuu; ei REFI-QDA-koodikirja</translation>
        </message>
        <message>
            <location filename="../../refi/codebook_io.py" line="106" />
            <source>the project has no codes to export</source>
            <translation>projektissa ei ole vietäviä koodeja</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="54" />
            <source>{path}: file not found</source>
            <translation>{path}: tiedostoa ei löydy</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="63" />
            <source>reading {file}</source>
            <translation>luetaan {file}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="128" />
            <source>code GUID {guid} used twice; the second code {name!r} got a new GUID</source>
            <translation>koodin GUID {guid} on käytössä kahdesti; jälkimmäinen koodi {name!r} sai uuden GUIDin</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="145" />
            <source>source {name!r}: {problem}; its {count} selection(s) were not imported</source>
            <translation>lähde {name!r}: {problem}; sen valintoja ei tuotu ({count})</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="151" />
            <source>source {name!r} is not NFC-normalised; kept as is so positions stay valid</source>
            <translation>lähde {name!r} ei ole NFC-normalisoitu; se säilytettiin sellaisenaan, jotta kohdat pysyvät oikeina</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="191" />
            <source>coding {coding} refers to a missing code {code}; skipped</source>
            <translation>koodaus {coding} viittaa puuttuvaan koodiin {code}; ohitettiin</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="215" />
            <source>note reference {guid} points to no note</source>
            <translation>muistioviittaus {guid} ei osoita mihinkään muistioon</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="269" />
            <source>variable value refers to a missing variable {guid}</source>
            <translation>muuttujan arvo viittaa puuttuvaan muuttujaan {guid}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="276" />
            <source>{name} = {value!r}: {error}</source>
            <translation>{name} = {value!r}: {error}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_import.py" line="291" />
            <source>case {name!r} refers to a missing source {ref}</source>
            <translation>tapaus {name!r} viittaa puuttuvaan lähteeseen {ref}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="19" />
            <source>picture</source>
            <translation>kuva</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="19" />
            <source>audio</source>
            <translation>ääni</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="19" />
            <source>video</source>
            <translation>video</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="107" />
            <source>only rich text ({path}) and no plain text representation</source>
            <translation>vain muotoiltu teksti ({path}), ei pelkkää tekstiä</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="108" />
            <source>no text</source>
            <translation>ei tekstiä</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="115" />
            <source>text file {name} is missing</source>
            <translation>tekstitiedosto {name} puuttuu</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="122" />
            <source>unsupported path {path}</source>
            <translation>polkua {path} ei tueta</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="124" />
            <source>external text file {path} is missing</source>
            <translation>ulkoinen tekstitiedosto {path} puuttuu</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="177" />
            <source>{file}: the root element is &lt;{tag}&gt;, not &lt;Project&gt;</source>
            <translation>{file}: juurielementti on &lt;{tag}&gt;, ei &lt;Project&gt;</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="227" />
            <source>{count} graph(s) (networks/maps) not imported</source>
            <translation>kaavioita (verkostoja tai karttoja) ei tuotu: {count}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="241" />
            <source>PDF source {name!r} has no text representation; not imported</source>
            <translation>PDF-lähteellä {name!r} ei ole tekstimuotoa; sitä ei tuotu</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="250" />
            <source>{count} area selection(s) on PDF {name!r} not imported</source>
            <translation>PDF-tiedoston {name!r} aluevalintoja ei tuotu: {count}</translation>
        </message>
        <message>
            <location filename="../../refi/qdpx_read.py" line="254" />
            <source>{kind} source {name!r} not imported (only text is supported)</source>
            <translation>lähdettä {name!r} ({kind}) ei tuotu (vain teksti on tuettu)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="42" />
            <source>{file}: contains a DTD or entity declarations; refused for safety (XXE / entity expansion)</source>
            <translation>{file}: sisältää DTD- tai entiteettimäärityksiä; hylätty turvallisuussyistä (XXE / entiteettien laajennus)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="49" />
            <source>{file}: not well-formed XML ({error})</source>
            <translation>{file}: virheellistä XML:ää ({error})</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="89" />
            <source>{file}: not a readable .qdpx archive ({error})</source>
            <translation>{file}: ei luettava .qdpx-arkisto ({error})</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="93" />
            <source>{file}: {count} entries; more than {limit} is refused (zip bomb?)</source>
            <translation>{file}: {count} osaa; yli {limit} hylätään (zip-pommi?)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="101" />
            <source>{file}: entry {entry!r} points outside the archive; refused (zip-slip)</source>
            <translation>{file}: osa {entry!r} osoittaa arkiston ulkopuolelle; hylätty (zip-slip)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="106" />
            <source>{file}: entry {entry!r} expands {ratio}x; refused (zip bomb)</source>
            <translation>{file}: osa {entry!r} laajenee {ratio}-kertaiseksi; hylätty (zip-pommi)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="110" />
            <source>{file}: more than {size} MB when unpacked; refused (zip bomb?)</source>
            <translation>{file}: purettuna yli {size} Mt; hylätty (zip-pommi?)</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="120" />
            <source>{file}: no .qde project file in the archive; not a REFI-QDA project</source>
            <translation>{file}: arkistossa ei ole .qde-projektitiedostoa; ei REFI-QDA-projekti</translation>
        </message>
        <message>
            <location filename="../../refi/xmlsafe.py" line="122" />
            <source>{file}: {count} .qde files in the archive; not a REFI-QDA project</source>
            <translation>{file}: arkistossa on {count} .qde-tiedostoa; ei REFI-QDA-projekti</translation>
        </message>
        <message>
            <location filename="../../store/analysis_api.py" line="74" />
            <source>a findings table needs a name</source>
            <translation>tulostaulukko tarvitsee nimen</translation>
        </message>
        <message>
            <location filename="../../store/analysis_api.py" line="112" />
            <source>unknown finding status {status!r} (one of {choices})</source>
            <translation>tuntematon tuloksen tila {status!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="29" />
            <location filename="../../store/codings_api.py" line="48" />
            <source>no code with id {id}</source>
            <translation>koodia tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="30" />
            <source>no coding with id {id}</source>
            <translation>koodausta tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="30" />
            <source>no case with id {id}</source>
            <translation>tapausta tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="31" />
            <source>no memo with id {id}</source>
            <translation>muistiota tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="31" />
            <source>no section with id {id}</source>
            <translation>jaksoa tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="32" />
            <source>no findings table with id {id}</source>
            <translation>tulostaulukkoa tunnisteella {id} ei ole</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="91" />
            <source>{path} already exists</source>
            <translation>{path} on jo olemassa</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="106" />
            <source>no such project: {path}</source>
            <translation>projektia ei ole: {path}</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="130" />
            <source>{file} is not a tyokyky-qda project ({error})</source>
            <translation>{file} ei ole tyokyky-qda-projekti ({error})</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="133" />
            <source>{file} is not a tyokyky-qda project</source>
            <translation>{file} ei ole tyokyky-qda-projekti</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="181" />
            <source>{file} was written by a newer tyokyky-qda (schema {current} &gt; {latest}); please update the program</source>
            <translation>{file} on tallennettu uudemmalla tyokyky-qda-versiolla (skeema {current} &gt; {latest}); päivitä ohjelma</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="213" />
            <source>the project is open read-only</source>
            <translation>projekti on avattu vain luettavaksi</translation>
        </message>
        <message>
            <location filename="../../store/base.py" line="294" />
            <source>no {what} with id {id}</source>
            <translation>tunnisteella {id} ei ole kohdetta ({what})</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="34" />
            <source>{value!r} is not a number</source>
            <translation>{value!r} ei ole luku</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="45" />
            <source>{value!r} is not a date (use YYYY-MM-DD or D.M.YYYY)</source>
            <translation>{value!r} ei ole päivämäärä (käytä muotoa VVVV-KK-PP tai P.K.VVVV)</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="54" />
            <source>{value!r} is not yes/no</source>
            <translation>{value!r} ei ole kyllä/ei</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="55" />
            <source>unknown attribute type {type!r}</source>
            <translation>tuntematon attribuutin tyyppi {type!r}</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="80" />
            <source>a case needs a name</source>
            <translation>tapaus tarvitsee nimen</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="82" />
            <source>a case named {name!r} exists already</source>
            <translation>tapaus nimeltä {name!r} on jo olemassa</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="130" />
            <location filename="../../store/cases_api.py" line="152" />
            <source>bad range {start}-{end} for a case link</source>
            <translation>virheellinen väli {start}–{end} tapauksen linkille</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="179" />
            <source>unknown attribute type {type!r} (one of {choices})</source>
            <translation>tuntematon attribuutin tyyppi {type!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="183" />
            <source>an attribute needs a name</source>
            <translation>attribuutti tarvitsee nimen</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="218" />
            <location filename="../../store/cases_api.py" line="247" />
            <source>attributes belong to cases or sources, not {kind!r}</source>
            <translation>attribuutit kuuluvat tapauksille tai lähteille, eivät kohteelle {kind!r}</translation>
        </message>
        <message>
            <location filename="../../store/cases_api.py" line="258" />
            <source>attribute {name!r} ({type}): {error}</source>
            <translation>attribuutti {name!r} ({type}): {error}</translation>
        </message>
        <message>
            <location filename="../../store/codebook_files.py" line="18" />
            <source>codebook file not found: {path}</source>
            <translation>koodikirjatiedostoa ei löydy: {path}</translation>
        </message>
        <message>
            <location filename="../../store/codebook_files.py" line="25" />
            <source>unsupported codebook file type: {suffix}</source>
            <translation>koodikirjan tiedostotyyppiä ei tueta: {suffix}</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="85" />
            <source>more than one code has the path {path!r}; use its id</source>
            <translation>polulla {path!r} on useampi koodi; käytä koodin tunnistetta</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="86" />
            <source>no code {code!r} (give an id, a GUID or a full path like 'Tavoitteet/T1 ...')</source>
            <translation>koodia {code!r} ei ole (anna tunniste, GUID tai koko polku, esim. 'Tavoitteet/T1 ...')</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="106" />
            <source>a code needs a name</source>
            <translation>koodi tarvitsee nimen</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="108" />
            <source>a code name cannot contain {separator!r}</source>
            <translation>koodin nimessä ei voi olla merkkiä {separator!r}</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="132" />
            <source>cannot edit {fields} of a code</source>
            <translation>koodista ei voi muokata kenttiä {fields}</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="135" />
            <source>a code needs a name without '/'</source>
            <translation>koodi tarvitsee nimen, jossa ei ole merkkiä '/'</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="149" />
            <source>a code cannot be moved under itself</source>
            <translation>koodia ei voi siirtää itsensä alle</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="187" />
            <source>cannot merge a code into itself</source>
            <translation>koodia ei voi yhdistää itseensä</translation>
        </message>
        <message>
            <location filename="../../store/codes_api.py" line="191" />
            <source>cannot merge a code into one of its own sub-codes</source>
            <translation>koodia ei voi yhdistää omaan alakoodiinsa</translation>
        </message>
        <message>
            <location filename="../../store/codings_api.py" line="45" />
            <source>range {start}-{end} does not fit source {source} (length {length})</source>
            <translation>väli {start}–{end} ei mahdu lähteeseen {source} (pituus {length})</translation>
        </message>
        <message>
            <location filename="../../store/codings_api.py" line="50" />
            <source>unknown coding origin {origin!r}</source>
            <translation>tuntematon koodauksen alkuperä {origin!r}</translation>
        </message>
        <message>
            <location filename="../../store/codings_api.py" line="95" />
            <source>range {start}-{end} does not fit the source (length {length})</source>
            <translation>väli {start}–{end} ei mahdu lähteeseen (pituus {length})</translation>
        </message>
        <message>
            <location filename="../../store/lock.py" line="54" />
            <source>the project is in use by another program (process {pid} on {host}); open it read-only or close the other window first</source>
            <translation>projekti on toisen ohjelman käytössä (prosessi {pid} koneella {host}); avaa se vain luettavaksi tai sulje ensin toinen ikkuna</translation>
        </message>
        <message>
            <location filename="../../store/lock.py" line="56" />
            <source>the project is in use by another program; open it read-only or close the other window first</source>
            <translation>projekti on toisen ohjelman käytössä; avaa se vain luettavaksi tai sulje ensin toinen ikkuna</translation>
        </message>
        <message>
            <location filename="../../store/memos_api.py" line="31" />
            <source>memos attach to {targets}, not {kind!r}</source>
            <translation>muistion voi liittää kohteisiin {targets}, ei kohteeseen {kind!r}</translation>
        </message>
        <message>
            <location filename="../../store/sources_api.py" line="49" />
            <source>unknown source kind {kind!r} (one of {choices})</source>
            <translation>tuntematon lähteen laji {kind!r} (vaihtoehdot: {choices})</translation>
        </message>
        <message>
            <location filename="../../store/sources_api.py" line="54" />
            <source>section {start}-{end} outside the text of {name} ({length})</source>
            <translation>jakso {start}–{end} on lähteen {name} tekstin ulkopuolella ({length})</translation>
        </message>
        <message>
            <location filename="../../store/sources_api.py" line="113" />
            <source>section {start}-{end} outside the text ({length})</source>
            <translation>jakso {start}–{end} on tekstin ulkopuolella ({length})</translation>
        </message>
        <message>
            <location filename="../../store/sources_api.py" line="130" />
            <source>unknown source kind {kind!r}</source>
            <translation>tuntematon lähteen laji {kind!r}</translation>
        </message>
        <message>
            <location filename="../../store/sources_api.py" line="172" />
            <source>edit {start}-{end} outside the text ({length})</source>
            <translation>muokkaus {start}–{end} on tekstin ulkopuolella ({length})</translation>
        </message>
        <message>
            <location filename="../../team/agreement_report.py" line="69" />
            <source>agreement reports are .xlsx, .csv, .docx or .json, not {suffix}</source>
            <translation>yhtäpitävyysraportti tallennetaan .xlsx-, .csv-, .docx- tai .json-muodossa, ei {suffix}-muodossa</translation>
        </message>
        <message>
            <location filename="../../team/codebook_exchange.py" line="59" />
            <source>codebook tables are .csv or .xlsx, not {suffix}</source>
            <translation>koodikirjataulukot ovat .csv- tai .xlsx-muodossa, eivät {suffix}-muodossa</translation>
        </message>
        <message>
            <location filename="../../team/codebook_exchange.py" line="93" />
            <source>{file}: cannot read the codebook table ({error})</source>
            <translation>{file}: koodikirjataulukkoa ei voi lukea ({error})</translation>
        </message>
        <message>
            <location filename="../../team/codebook_exchange.py" line="95" />
            <source>{file}: a codebook table needs a 'path' column</source>
            <translation>{file}: koodikirjataulukossa pitää olla 'path'-sarake</translation>
        </message>
        <message>
            <location filename="../../team/disagreements.py" line="47" />
            <source>choose two different coders</source>
            <translation>valitse kaksi eri koodaajaa</translation>
        </message>
        <message>
            <location filename="../../team/disagreements.py" line="67" />
            <source>keep must be a, b or both</source>
            <translation>keep-arvon pitää olla a, b tai both</translation>
        </message>
        <message>
            <location filename="../../team/merge.py" line="23" />
            <source>codes</source>
            <translation>koodit</translation>
        </message>
        <message>
            <location filename="../../team/merge.py" line="27" />
            <source>sources</source>
            <translation>lähteet</translation>
        </message>
        <message>
            <location filename="../../team/merge.py" line="29" />
            <source>codings</source>
            <translation>koodaukset</translation>
        </message>
        <message>
            <location filename="../../team/merge.py" line="105" />
            <source>case {id} {name}: {error}</source>
            <translation>tapaus {id} {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../team/merge.py" line="105" />
            <source>source {id} {name}: {error}</source>
            <translation>lähde {id} {name}: {error}</translation>
        </message>
        <message>
            <location filename="../../team/merge_plan.py" line="63" />
            <source>{path}: not a merge plan ({error})</source>
            <translation>{path}: ei yhdistämissuunnitelma ({error})</translation>
        </message>
    </context>
</TS>
