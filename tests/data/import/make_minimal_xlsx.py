#!/usr/bin/env python3
"""Writes minimal.xlsx: a hand-made workbook (no spreadsheet program involved) that uses
what real files do and libxlsxwriter does not: inline strings, rich-text runs with a
phonetic run, cells without references, gaps, rows with gaps, date serials with a built-in
and a custom date format, booleans, a second sheet, relationships with absolute targets."""
import zipfile

CT = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<workbookPr/>
<sheets><sheet name="人员" sheetId="1" r:id="rId7"/><sheet name="考核" sheetId="2" r:id="rId8"/></sheets>
</workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/second.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/first.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>
<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""
SST = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">
<si><t>姓名</t></si>
<si><r><rPr><b/></rPr><t>培训</t></r><r><t xml:space="preserve">日期</t></r><rPh sb="0" eb="2"><t>ペイ</t></rPh></si>
<si><t>李四</t></si>
</sst>"""
STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="2"/></cellXfs>
</styleSheet>"""
SHEET1 = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>学时</t></is></c><c t="inlineStr"><is><r><t>合</t></r><r><t>格</t></r></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>张三</t></is></c><c r="C2" s="1"><v>45356</v></c><c r="D2" s="3"><v>1.5</v></c><c r="E2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3"/><c r="B3" t="str"><v></v></c></row>
<row r="5"><c r="A5" t="s"><v>2</v></c><c r="B5"><v>13800138000</v></c><c r="C5" s="2"><v>45292</v></c><c r="D5"><v>0.30000000000000004</v></c><c r="E5" t="b"><v>0</v></c></row>
<row r="6"><c r="C6" t="inlineStr"><is><t>2024年3月5日</t></is></c></row>
</sheetData></worksheet>"""
SHEET2 = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>年度</t></is></c></row>
<row r="2"><c r="A2"><v>2024</v></c></row>
</sheetData></worksheet>"""

with zipfile.ZipFile("minimal.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", CT)
    z.writestr("_rels/.rels", RELS)
    z.writestr("xl/workbook.xml", WB)
    z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
    z.writestr("xl/strings.xml", SST)
    z.writestr("xl/styles.xml", STYLES)
    z.writestr("xl/worksheets/first.xml", SHEET1)
    z.writestr("xl/worksheets/second.xml", SHEET2)
