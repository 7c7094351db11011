"""German abbreviations that end in a period but do not end a sentence."""
from __future__ import annotations

ABBREVIATIONS = frozenset("""
Dr Prof Hr Fr Frl Hrn Dipl Ing Mag Jr Sr St Str Nr Bd Kap Abs Art Anm Abb Tab Bsp bspw bzw ca usw etc
evtl ggf inkl exkl vgl sog zzgl abzgl gem lt Mio Mrd Tsd Jh Jhd Jhs Mrz Jan Feb Apr Aug Sep Sept Okt Nov
Dez Mo Di Mi Do Fr Sa So Min Std Sek Tel Fax geb gest verh led Gen Lt Oberst Kpt Hptm Maj Adm Col Gov Sen
Rep Pres Min Abg Bürgerm Reg Verf Hg Hrsg Aufl Ausg Jg Vol S Sp ff Ff Co Corp Inc Ltd Mt Ft Pkt Tsd
a b c d e f g h i j k l m n o p q r s t u v w x y z ä ö ü
z B u a d h v o ä m E i A s w R k Chr n vs bzgl ebd einschl entspr insb jew max min mind rd tägl urspr
Ziff zit zust Zt Allg allg Bhf Dt dt Frhr Ges Kfz Lkw Pkw Mwst röm kath ev evang
""".split())

# Abbreviations that are also common nouns ("auf diese Art.", "eine Art."): they
# abbreviate only before the number they refer to ("Art. 5", "Abs. 2", "Nr. 12").
NUMBERED = frozenset({"Art", "Abs", "Kap", "Ziff"})

# Two-part abbreviations like "z. B." "u. a." "d. h." "v. a." "o. ä." "i. d. R."
MULTI_PART = (
    ("z", "B"), ("u", "a"), ("d", "h"), ("v", "a"), ("o", "ä"), ("u", "U"), ("i", "d"), ("m", "E"),
    ("s", "o"), ("s", "u"), ("u", "ä"), ("z", "T"), ("u", "v"), ("v", "Chr"), ("n", "Chr"), ("a", "D"),
)

MONTHS = frozenset("""
Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November Dezember
Jan Feb Mär Mrz Apr Jun Jul Aug Sep Sept Okt Nov Dez
""".split())

# Nouns after which "3." is an ordinal ("3. Platz", "20. Jahrhundert").
ORDINAL_NOUNS = frozenset("""
Jahrhundert Jahrhunderts Jahrtausend Jahrestag Jahrestages Mal Platz Platzes Stock Stockwerk Runde Klasse
Liga Tag Tages Woche Geburtstag Todestag Parteitag Bundesliga Etage Kapitel Auflage Armee Division Flotte
Sitzung Amtszeit Legislaturperiode Spieltag Quartal Halbjahr Kongress Gipfel Treffen Satz Absatz Artikel
""".split())
