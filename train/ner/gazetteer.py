"""Build ``lagebild/ner/models/gazetteer.tsv``: name -> type, used as fast-mode features.

Sources: German country and region names from the Unicode CLDR data shipped in
``babel`` (BSD; CLDR under the Unicode licence), plus short lists written for
this project (below). No corpus text is used.
"""
from __future__ import annotations

import os

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "lagebild", "ner", "models", "gazetteer.tsv")

# Written for Lagebild: places that news often names.
LOC = """
Berlin Hamburg München Köln Frankfurt Stuttgart Düsseldorf Leipzig Dortmund Essen Bremen Dresden
Hannover Nürnberg Duisburg Bochum Wuppertal Bielefeld Bonn Münster Mannheim Karlsruhe Augsburg
Wiesbaden Mainz Kiel Magdeburg Erfurt Potsdam Schwerin Saarbrücken Rostock Freiburg Kassel Halle
Chemnitz Regensburg Ingolstadt Würzburg Ulm Heidelberg Darmstadt Göttingen Osnabrück Oldenburg
Lübeck Aachen Trier Koblenz Jena Weimar Cottbus Frankfurt/Oder Wolfsburg Braunschweig Passau
Bayern Sachsen Thüringen Hessen Brandenburg Niedersachsen Nordrhein-Westfalen Rheinland-Pfalz
Baden-Württemberg Sachsen-Anhalt Mecklenburg-Vorpommern Schleswig-Holstein Saarland Ruhrgebiet
Wien Graz Linz Salzburg Innsbruck Klagenfurt Zürich Bern Basel Genf Lausanne Luzern Vaduz
Paris London Madrid Rom Mailand Neapel Lissabon Brüssel Amsterdam Den Haag Rotterdam Luxemburg
Kopenhagen Stockholm Oslo Helsinki Reykjavik Dublin Edinburgh Warschau Krakau Danzig Prag Brünn
Bratislava Budapest Bukarest Sofia Belgrad Zagreb Ljubljana Sarajevo Skopje Tirana Podgorica
Athen Thessaloniki Istanbul Ankara Nikosia Valletta Moskau St. Petersburg Sankt Petersburg
Kiew Kyjiw Charkiw Odessa Lwiw Mariupol Cherson Donezk Luhansk Bachmut Saporischschja Dnipro Minsk
Vilnius Riga Tallinn Chisinau Tiflis Eriwan Baku Krim Donbass Sewastopol Belgorod Kursk
Washington New York Los Angeles Chicago San Francisco Boston Miami Texas Kalifornien Florida
Ottawa Toronto Montreal Vancouver Mexiko-Stadt Havanna Caracas Bogotá Lima Brasília Rio
São Paulo Buenos Aires Santiago Montevideo Peking Shanghai Hongkong Taipeh Tokio Osaka Seoul
Pjöngjang Wladiwostok Neu-Delhi Delhi Mumbai Kalkutta Islamabad Karatschi Kabul Teheran Bagdad
Damaskus Aleppo Beirut Amman Jerusalem Tel Aviv Gaza Gazastreifen Westjordanland Ramallah Kairo
Riad Dubai Abu Dhabi Doha Ankara Sanaa Tripolis Tunis Algier Rabat Khartum Addis Abeba Nairobi
Lagos Abuja Kinshasa Johannesburg Kapstadt Pretoria Canberra Sydney Melbourne Wellington Jakarta
Manila Hanoi Bangkok Singapur Kuala Lumpur Dhaka Colombo Kathmandu Ulan Bator Astana Taschkent
Europa Asien Afrika Amerika Australien Antarktis Arktis Nahost Mittelmeer Ostsee Nordsee
Atlantik Pazifik Schwarzes Meer Rotes Meer Alpen Rhein Elbe Donau Oder Main Weser Themse Wolga
"""

ORG = """
UN UNO Uno Vereinte Nationen NATO Nato EU Europäische Union Europäische Kommission EU-Kommission
Europäisches Parlament Europaparlament Bundestag Bundesrat Bundesregierung Bundesverfassungsgericht
Bundeswehr Bundesbank Bundesagentur Bundeskanzleramt Auswärtiges Amt Kreml Weißes Haus Pentagon
Kongress Senat Duma Knesset Élysée Downing Street Vatikan
SPD CDU CSU FDP AfD Grüne Grünen Linke Linken BSW ÖVP SPÖ FPÖ NEOS SVP Republikaner Demokraten
Labour Tories Hamas Hisbollah Taliban Fatah IS Al-Kaida Wagner
dpa AFP Reuters AP KCNA TASS Tass RIA Nowosti Interfax Xinhua Kyodo Yonhap ANSA EFE APA SDA KNA epd
ARD ZDF BBC CNN ORF SRF Spiegel Stern Focus Zeit FAZ Süddeutsche Handelsblatt taz Bild Welt
Tagesschau Deutschlandfunk Al Jazeera New York Times Washington Post Guardian Le Monde
WHO IWF Weltbank WTO OSZE OPEC G7 G20 Europarat EZB Fed Interpol Europol Frontex UNHCR Unicef
UNESCO IAEA Greenpeace Amnesty International Rotes Kreuz Caritas Diakonie Verdi IG Metall DGB GDL
BND BKA LKA Verfassungsschutz Bundespolizei Polizei FBI CIA NSA FSB KGB Mossad
Siemens Volkswagen VW BMW Daimler Mercedes-Benz Porsche Audi Bosch BASF Bayer SAP Allianz
Deutsche Bank Commerzbank Lufthansa Deutsche Bahn Bahn Telekom Deutsche Post DHL Thyssenkrupp
RWE Eon Uniper Gazprom Rosneft Airbus Boeing Tesla Apple Google Alphabet Microsoft Amazon Meta
Facebook Twitter X OpenAI Nvidia Intel Samsung Huawei Toyota Shell BP Total Nestlé Novartis
FC Bayern Borussia Dortmund Bayern München Schalke Werder Real Madrid FC Barcelona Fifa Uefa DFB
IOC
"""

PER_FIRST = """
Angela Olaf Friedrich Annalena Robert Christian Markus Boris Nancy Karl Lars Saskia Ricarda Omid
Frank-Walter Joachim Horst Gerhard Helmut Willy Konrad Ursula Wolfgang Sahra Alice Tino Björn
Wladimir Dmitri Sergej Sergei Alexej Alexander Michail Jewgeni Wolodymyr Vitali Witali Andrij
Joe Donald Kamala Barack Hillary Bill George Emmanuel Giorgia Viktor Recep Xi Kim Jong Narendra
Benjamin Jair Mahmud Ali Mohammed Muhammad Ahmed Hassan Fatima Aisha Rishi Keir Liz Theresa Pedro
Peter Paul Thomas Michael Andreas Stefan Stephan Martin Klaus Jürgen Hans Uwe Jens Jan Tobias
Maria Anna Julia Laura Sarah Lisa Katharina Sabine Petra Claudia Susanne Monika Andrea Nicole
Johann Johannes Matthias Daniel David Felix Florian Lukas Maximilian Paula Emma Mia Sophie Lena
Marie Elisabeth Helga Ingrid Heinz Werner Günter Dieter Manfred Rainer Ralf Sven Dirk Holger
"""

ALIASES_LOC = ["Deutschland", "Österreich", "Schweiz", "Russland", "Ukraine", "USA", "China",
               "Nordkorea", "Südkorea", "Großbritannien", "Frankreich", "Italien", "Spanien", "Polen",
               "Israel", "Iran", "Irak", "Syrien", "Türkei", "Indien", "Japan", "Taiwan", "Belarus",
               "Weißrussland", "Vereinigte Staaten", "Vereinigtes Königreich", "Niederlande", "Holland",
               "Tschechien", "Ungarn", "Griechenland", "Brasilien", "Kanada", "Mexiko", "Ägypten"]


def build() -> list[tuple[str, str]]:
    rows: dict[str, str] = {}
    try:
        from babel import Locale

        de = Locale("de")
        for code, name in de.territories.items():
            if code.isalpha() and len(code) == 2:
                rows[name] = "LOC"
    except ImportError:  # pragma: no cover
        pass
    for name in ALIASES_LOC:
        rows[name] = "LOC"
    for line in LOC.strip().splitlines():
        for name in line.split():
            rows.setdefault(name, "LOC")
    # multi-word places written with spaces above are split; add them whole
    for name in ("Den Haag", "St. Petersburg", "Sankt Petersburg", "New York", "Los Angeles",
                 "San Francisco", "Tel Aviv", "Abu Dhabi", "Addis Abeba", "Kuala Lumpur",
                 "Ulan Bator", "Buenos Aires", "São Paulo", "Schwarzes Meer", "Rotes Meer"):
        rows[name] = "LOC"
    for line in ORG.strip().splitlines():
        for name in line.split():
            rows.setdefault(name, "ORG")
    for name in ("Vereinte Nationen", "Europäische Union", "Europäische Kommission", "Europäisches Parlament",
                 "Auswärtiges Amt", "Weißes Haus", "Downing Street", "Amnesty International", "Rotes Kreuz",
                 "IG Metall", "Deutsche Bank", "Deutsche Bahn", "Deutsche Post", "RIA Nowosti", "Al Jazeera",
                 "New York Times", "Washington Post", "Le Monde", "FC Bayern", "Bayern München",
                 "Borussia Dortmund", "Real Madrid", "FC Barcelona"):
        rows[name] = "ORG"
    for line in PER_FIRST.strip().splitlines():
        for name in line.split():
            rows.setdefault(name, "PERFIRST")
    return sorted(rows.items())


def main() -> None:
    rows = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# name\ttype  (CLDR German territory names via babel + lists written for Lagebild)\n")
        for name, typ in rows:
            f.write(f"{name}\t{typ}\n")
    print("wrote", OUT, len(rows), "entries")


if __name__ == "__main__":
    main()
