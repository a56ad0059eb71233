<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_agreement.py" line="+98" />
        <source>Coders</source>
        <extracomment>Language of exported reports ("fi" by default, as the evaluation reports are in Finnish).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Unit of agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Segments (turns, answers, fields)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Whole sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Code</source>
        <translation type="unfinished">Koodi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Prevalence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Percent agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cohen's kappa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Krippendorff's alpha</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+50" />
        <source>Check at least two coders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Computing agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>All codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Unit: %1 · coders: %2 · %3 units in %4 sources coded by all of them. Kappa is given for two coders only; alpha is nominal.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+21" />
        <source>Share of units where at least one coder applied the code; with low prevalence, percent agreement mostly counts agreement on uncoded text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Export the agreement report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttributeDialog</name>
    <message>
        <location filename="../../tyokyky_qda/gui/dialogs.py" line="+144" />
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
        <location filename="../../tyokyky_qda/gui/qt_cases.py" line="+106" />
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
        <location filename="../../tyokyky_qda/gui/dialogs.py" line="-73" />
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
    <name>CodebookModel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/codebook_model.py" line="+114" />
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
        <location filename="../../tyokyky_qda/gui/qt_codebook.py" line="+133" />
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
        <location filename="../../tyokyky_qda/gui/coding_actions.py" line="+68" />
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
        <location filename="../../tyokyky_qda/gui/qt_coding_details.py" line="+65" />
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
        <location filename="../../tyokyky_qda/gui/labels.py" line="+21" />
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
        <location filename="../../tyokyky_qda/gui/disagreement_view.py" line="+180" />
        <source>Coder A</source>
        <extracomment>(source id, start, end) of a disagreement the user double-clicked: show it in the document. The Changes of a recorded consensus.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Coder B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Source</source>
        <translation type="unfinished">Aineisto</translation>
    </message>
    <message>
        <location line="+54" />
        <source>Disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Agreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation type="unfinished">Koodi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Previous (P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Next (N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Keep &amp;A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Keep &amp;B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Keep b&amp;oth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>Choose two different coders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Finding disagreements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>These coders have not coded the same sources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+26" />
        <source>Characters %1–%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+49" />
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>did not code %1 here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>%1 disagreements in this source, %2 decided. Consensus codings are recorded as coder “%3”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>only B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>only A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>boundaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>keep A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>keep B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>keep both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>decided</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/document_panel.py" line="+122" />
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
    <name>ImportController</name>
    <message numerus="yes">
        <location filename="../../tyokyky_qda/gui/import_controller.py" line="+63" />
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>Tuodaan %n tiedosto</numerusform>
            <numerusform>Tuodaan %n tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13" />
        <source>Imported %n source(s).</source>
        <translation>
            <numerusform>Tuotiin %n aineisto.</numerusform>
            <numerusform>Tuotiin %n aineistoa.</numerusform>
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
    <message>
        <location line="+3" />
        <source>Cancelled.</source>
        <translation>Peruttu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../tyokyky_qda/gui/main_window.py" line="+321" />
        <source>Could not do that</source>
        <translation>Toiminto epäonnistui</translation>
    </message>
    <message>
        <location line="-193" />
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
        <location line="+74" />
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
        <location filename="../../tyokyky_qda/gui/app.py" line="+55" />
        <location filename="../../tyokyky_qda/gui/main_window.py" line="+4" />
        <source>Cannot open the project</source>
        <translation>Projektia ei voi avata</translation>
    </message>
    <message>
        <location line="+1" />
        <source>No such project: %1</source>
        <translation>Projektia ei ole: %1</translation>
    </message>
    <message>
        <location filename="../../tyokyky_qda/gui/main_window.py" line="+10" />
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
        <location line="+35" />
        <source>Editing the text: codings move with their words.</source>
        <translation>Muokataan tekstiä: koodaukset siirtyvät sanojensa mukana.</translation>
    </message>
    <message>
        <location line="+34" />
        <source> (read-only)</source>
        <translation> (vain luku)</translation>
    </message>
    <message>
        <location filename="../../tyokyky_qda/gui/window_prefs.py" line="+99" />
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
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About tyokyky-qda</source>
        <translation>Tietoja tyokyky-qda:sta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>tyokyky-qda %1
Qualitative data analysis for evaluation research, offline.</source>
        <translation>tyokyky-qda %1
Laadullinen analyysi arviointitutkimukseen, ilman verkkoyhteyttä.</translation>
    </message>
</context>
<context>
    <name>MatchModel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/merge_wizard.py" line="+66" />
        <source>Their code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Our code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+1" />
        <source>Matched by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-1" />
        <location line="+1" />
        <source>Score</source>
        <translation type="unfinished">Pisteet</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Their source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Our source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>same GUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>same name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>similar name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>same text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>same name, text differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>no match: added as new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>chosen by you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+33" />
        <source>(add as new)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Unchecked: their item is added as a new one instead of being merged into ours.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_matrix_model.py" line="+84" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+53" />
        <source>%1 × %2: %3 segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Evaluator's judgement (evidence: %1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_matrix.py" line="+225" />
        <source>Rows</source>
        <extracomment>(source id, start, end) of a segment the user double-clicked: show it in its document. Language of labels and of exported tables ("fi" by default).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Cells</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Effect levels from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Hide empty rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Judgement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>What the evidence shows and why you read the cell differently</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Override cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Clear override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+12" />
        <source>Sources</source>
        <translation type="unfinished">Aineistot</translation>
    </message>
    <message>
        <location line="-12" />
        <source>% of row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>% of column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Presence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Strongest effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+8" />
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Code</source>
        <translation type="unfinished">Koodi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Text</source>
        <translation type="unfinished">Teksti</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Cases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Coders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+42" />
        <source>Choose what the rows and the columns are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Computing the matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+10" />
        <source>%1 rows × %2 columns from %3 segments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Cells marked * carry the evaluator's judgement (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+34" />
        <source>Click a cell to see the segments behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>%1 × %2: %3 segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+76" />
        <source>Export the matrix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Exporting the matrix</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemoPanel</name>
    <message>
        <location filename="../../tyokyky_qda/gui/qt_memo.py" line="+58" />
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
        <location filename="../../tyokyky_qda/gui/merge_wizard.py" line="+282" />
        <source>Merge a colleague's project</source>
        <extracomment>The Changes record of the finished merge (already broadcast through ``ops``). File choosers; tests replace them (a modal dialog would block an offscreen run).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>No such file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>That is this project; choose the other coder's file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PickPage</name>
    <message>
        <location line="-250" />
        <location line="+22" />
        <source>Their project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-21" />
        <source>Choose the project file a colleague coded. It is only read; nothing in it changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Path to a %1 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+12" />
        <source>This project is open read-only: nothing can be merged into it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location line="+26" />
        <source>Review the matches</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Uncheck a match to add their item as new; double-click our code to merge theirs into another one. Yellow rows were matched by a similar name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>How similar two code names must be to be proposed as the same code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Save plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Similar names from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>Their project %1: %2 sources, %3 codes, %4 codings by %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+22" />
        <source>Comparing the projects…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Planning the merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Codes (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sources (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Codes: %1 of their %2 merge into ours, added as new: %3. Sources: %4 of their %5 are ours already, added: %6.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+11" />
        <source>Save the merge plan</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProgressStrip</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_common.py" line="+207" />
        <source>Cancel</source>
        <translation type="unfinished">Peruuta</translation>
    </message>
</context>
<context>
    <name>RangeDialog</name>
    <message>
        <location filename="../../tyokyky_qda/gui/dialogs.py" line="+93" />
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
        <location filename="../../tyokyky_qda/gui/merge_wizard.py" line="+12" />
        <source>Merging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>Merging their codes, sources and codings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Merging a project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Codings added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Codings that could not be placed (their text differs): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Codes added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sources added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Attribute values not copied (type conflicts): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Nothing was merged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was written to your project.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetrievalView</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_retrieval.py" line="+160" />
        <source>Filter codes…</source>
        <extracomment>(source id, start, end) of a segment the user double-clicked: show it in its document. Language of code names and of exported tables ("fi" by default).</extracomment>
        <translation type="unfinished">Suodata koodeja…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Codes to retrieve, e.g. [T1] AND NOT [Vaikutukset]; empty: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>+ OR</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>+ AND</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>+ AND NOT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add the selected code: segments of either code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add the selected code: only segments where it also applies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Add the selected code: only segments where it does not apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Retrieve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Source kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <location line="+3" />
        <source>Coder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-3" />
        <source>Case</source>
        <translation type="unfinished">Tapaus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Source</source>
        <translation type="unfinished">Aineisto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code</source>
        <translation type="unfinished">Koodi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Speaker / question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Text</source>
        <translation type="unfinished">Teksti</translation>
    </message>
    <message>
        <location line="+14" />
        <source>(all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+90" />
        <source>Retrieving…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Retrieving segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+14" />
        <source>%1 segments in %2 sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+43" />
        <source>Export the segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Exporting segments</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourceKinds</name>
    <message>
        <location filename="../../tyokyky_qda/gui/labels.py" line="-12" />
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
        <location filename="../../tyokyky_qda/gui/qt_sources.py" line="+48" />
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
        <location filename="../../tyokyky_qda/gui/qt_suggestions.py" line="+103" />
        <source>Looking for suggestions…</source>
        <translation>Haetaan ehdotuksia…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Suggesting codes</source>
        <translation>Ehdotetaan koodeja</translation>
    </message>
    <message>
        <location line="+1" />
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
        <location filename="../../tyokyky_qda/gui/survey_mapping_dialog.py" line="+58" />
        <source>Respondent id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Open question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Closed: categorical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Closed: Likert 1–5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Closed: yes / no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Multiple choice: a column per option</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Multiple choice: all in one cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Answered · distinct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-18" />
        <source>Ignore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Name in the project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Type</source>
        <translation type="unfinished">Tyyppi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Examples</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+47" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+35" />
        <source>another column is the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>chosen by you</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SurveyMappingDialog</name>
    <message>
        <location line="+48" />
        <source>Import a survey: %1</source>
        <extracomment>File choosers; tests replace them (a modal dialog would block an offscreen run).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+28" />
        <source>auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+17" />
        <source>Read again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Answers that mean “don't know”, separated by semicolons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Header rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+0" />
        <source>Delimiter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Case name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Code group of open questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>“Don't know” answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+4" />
        <source>Values of the selected column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+9" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Load mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+1" />
        <source>Save mapping…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+51" />
        <source>%1: %2 respondents, %3 columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>Looks like an export from %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+19" />
        <source>Answered by %1 of %2 respondents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Most common values:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+23" />
        <source>%1 respondents become cases (“%2”). %3 open questions become coded answers under the code group “%4”; %5 closed questions and %6 multiple-choice questions become case attributes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>No id column: respondents are numbered by row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>The case name must contain {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+2" />
        <source>Every column is ignored or the id: there is nothing to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+13" />
        <source>Save the import mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+5" />
        <source>Load an import mapping</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TargetCodeDelegate</name>
    <message>
        <location filename="../../tyokyky_qda/gui/merge_wizard.py" line="-235" />
        <source>(add as new)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../tyokyky_qda/gui/disagreement_view.py" line="-331" />
        <source>Resolve disagreement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../tyokyky_qda/gui/undo_codes.py" line="+18" />
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
        <location filename="../../tyokyky_qda/gui/undo_coding.py" line="+20" />
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
        <location filename="../../tyokyky_qda/gui/undo_misc.py" line="+21" />
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
        <location line="+18" />
        <source>Import file</source>
        <translation>Tuo tiedosto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import %n files</source>
        <translation>Tuo %n tiedostoa</translation>
    </message>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_matrix_model.py" line="+13" />
        <source>Override matrix cell</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+20" />
        <source>Clear matrix override</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ViewJobs</name>
    <message>
        <location filename="../../tyokyky_qda/gui/analysis_common.py" line="-75" />
        <source>Cancelled.</source>
        <extracomment>Export formats offered by the analysis views, as file-dialog filters (extension first). (key, busy) when a key's job starts or ends. (key, fraction, message) of a running job.</extracomment>
        <translation type="unfinished">Peruttu.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../tyokyky_qda/gui/qt_welcome.py" line="+60" />
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
        <location filename="../../tyokyky_qda/gui/actions.py" line="+170" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Code</source>
        <translation>&amp;Koodaa</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeaikaiset</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Panels</source>
        <translation>&amp;Paneelit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code&amp;book</source>
        <translation>Koodi&amp;kirja</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;New project…</source>
        <translation>&amp;Uusi projekti…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Open project…</source>
        <translation>&amp;Avaa projekti…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Import files…</source>
        <translation>&amp;Tuo tiedostoja…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Close project</source>
        <translation>&amp;Sulje projekti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+26" />
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location line="-26" />
        <location line="+27" />
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location line="-26" />
        <source>&amp;Edit text</source>
        <translation>&amp;Muokkaa tekstiä</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Coder &amp;name…</source>
        <translation>Koodaajan &amp;nimi…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code with the &amp;selected code</source>
        <translation>Koodaa &amp;valitulla koodilla</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Code &amp;with…</source>
        <translation>Koodaa &amp;koodilla…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;In-vivo code</source>
        <translation>&amp;In vivo -koodi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Remove coding</source>
        <translation>&amp;Poista koodaus</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Fit coding to selection</source>
        <translation>&amp;Sovita koodaus valintaan</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Set coding &amp;range…</source>
        <translation>Aseta koodauksen &amp;rajat…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Move coding to code…</source>
        <translation>&amp;Siirrä koodaus koodiin…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Suggest codes</source>
        <translation>&amp;Ehdota koodeja</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;in</source>
        <translation>&amp;Suurenna</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Zoom &amp;out</source>
        <translation>&amp;Pienennä</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Normal size</source>
        <translation>&amp;Normaali koko</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Larger interface text</source>
        <translation>Käyttöliittymän teksti &amp;suuremmaksi</translation>
    </message>
    <message>
        <location line="+0" />
        <source>S&amp;maller interface text</source>
        <translation>Käyttöliittymän teksti &amp;pienemmäksi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;High contrast</source>
        <translation>&amp;Suuri kontrasti</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Show &amp;all coders</source>
        <translation>Näytä &amp;kaikki koodaajat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show only &amp;my codings</source>
        <translation>Näytä vain &amp;omat koodaukset</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About</source>
        <translation>&amp;Tietoja</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <location filename="../../tyokyky_qda/gui/status_bar.py" line="+44" />
        <source>%1 sources · %2 codes · %3 codings</source>
        <translation>%1 aineistoa · %2 koodia · %3 koodausta</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Coder: %1</source>
        <translation>Koodaaja: %1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>READ-ONLY</source>
        <translation>VAIN LUKU</translation>
    </message>
</context>
</TS>
