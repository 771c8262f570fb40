#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (corpus/<target>/seed-*), see docs/fuzzing.md.

Each target's input starts with the mode bytes its fuzz_<target>.cpp describes. Identity-card
numbers are synthetic (area 110101 etc. with a made-up birth date and sequence and the right
check digit); no real person's. Run from anywhere: python3 tests/fuzz/make_seeds.py
Files the fuzzers added (named by their SHA-1) are left alone.
"""
import datetime
import io
import os
import struct
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "data", "import")


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def id_number(area, birth, seq):
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    first17 = f"{area}{birth}{seq:03d}"
    total = sum(int(c) * w for c, w in zip(first17, weights))
    return first17 + "10X98765432"[total % 11]


def read(name):
    with open(os.path.join(DATA, name), "rb") as f:
        return f.read()


# --- csv: mode byte (bits 0-2 encoding: 0 detect, 1 utf-8, 2 GB18030; bit 7 row limit) ---
OFFICER_A = id_number("110101", "19850312", 123)
OFFICER_B = id_number("130102", "19900101", 7)
write("csv", "tasks-seed001", b"\x00" + read("tasks-seed001.csv")[:1500])
write("csv", "tasks-gb18030", b"\x00" + read("tasks-seed001-gb18030.csv")[:1200])
write("csv", "tasks-gb18030-forced", b"\x02" + read("tasks-seed001-gb18030.csv")[:600])
write("csv", "tasks-bad", b"\x00" + read("tasks-bad.csv"))
write("csv", "agencies", "\x00\ufeff名称,简称,类型,上级,层级\r\n清河县市场监督管理局,县市场监管局,行政机关,清河县人民政府,县级\r\n"
      "城关镇人民政府,城关镇,街镇,,乡镇级\r\n")
write("csv", "officers", f"\x01姓名,性别,身份证号,执法主体,人员类别,执法证号,发证日期,有效期至,法律职业资格,联系电话\n"
      f"张三,男,{OFFICER_A},清河县市场监督管理局,在编,13010020230001,2023/3/5,2028年3月4日,是,13800001234\n"
      f"李四,女,{OFFICER_B.lower()},城关镇人民政府,合同工,,,,否,\n")
write("csv", "cases-quoted", "\x00案号,执法主体,案件类型,案由,当事人,立案日期,罚款金额,处罚种类\n"
      "清市监罚〔2024〕1号,清河县市场监督管理局,行政处罚,\"销售过期食品,\n涉案金额较小\",某某超市,2024-03-05,\"1,200.50\",警告、罚款\n"
      "\"清市监罚〔2024〕2号\",清河县市场监督管理局,行政处罚,\"他说\"\"立即整改\"\"\",,2024.3.6,0,\n")
write("csv", "formula-guard", "\x00a,b\r\n'=1+2,'-5\r\n'@x,\"'\tx\"\r\n'quoted,=SUM(A1)\r\n")
write("csv", "blank-lines", "\x00\r\n\r\n序号,问题\r\n\r\n1,问题甲\r\n,\r\n2,\"问题乙\"x\r\n\"unterminated")
write("csv", "row-limit", "\x88h1,h2\n1,2\n3,4\n5,6\n")
write("csv", "bad-utf8", b"\x01h\n\xff\xfe\n")

# --- xlsx: mode byte (bit 0: parts, bits 1-2 sheet, bit 7 row limit) ---
write("xlsx", "minimal", b"\x00" + read("minimal.xlsx"))
write("xlsx", "minimal-sheet1", b"\x02" + read("minimal.xlsx"))
write("xlsx", "tasks-seed001", b"\x00" + read("tasks-seed001.xlsx"))
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK = (f'<workbook xmlns:r="{R}"><workbookPr date1904="0"/><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/><sheet name="任务" sheetId="2" r:id="rId2"/>'
            '</sheets></workbook>')
RELS = (f'<Relationships><Relationship Id="rId1" Type="{R}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{R}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
        f'<Relationship Id="rId3" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>'
        f'<Relationship Id="rId4" Type="{R}/styles" Target="../xl/styles.xml"/></Relationships>')
SHARED = ('<sst><si><t>序号</t></si><si><t>问题</t></si><si><r><t>立案</t></r><r><t>日期</t></r></si>'
          '<si><t>漏报</t><rPh><t>ろうほう</t></rPh></si><si><t xml:space="preserve"> 是 </t></si></sst>')
STYLES = ('<styleSheet><numFmts><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>'
          '<numFmt numFmtId="165" formatCode="[Red]0.00"/></numFmts>'
          '<cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>')
SHEET1 = ('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
          '<c r="D1" t="s"><v>2</v></c></row><row r="3"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>问题甲</t></is></c>'
          '<c r="D3" s="1"><v>45356</v></c><c r="E3" t="b"><v>1</v></c></row><row><c t="s"><v>3</v></c>'
          '<c t="str"><f>A1</f><v>2.5</v></c><c s="2"><v>60</v></c><c s="3"><v>1234.5</v></c><c t="d"><v>2024-03-05T00:00:00</v></c>'
          '<c r="AA4" t="e"><v>#N/A</v></c></row></sheetData></worksheet>')
SHEET2 = '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>4</v></c></row><row r="2"><c r="A2"><v>1E+20</v></c></row></sheetData></worksheet>'
write("xlsx", "parts", "\x01" + "\x1e".join([WORKBOOK, RELS, SHARED, STYLES, SHEET1, SHEET2]))
write("xlsx", "parts-sheet2", "\x05" + "\x1e".join([WORKBOOK, RELS, SHARED, STYLES, SHEET1, SHEET2]))
write("xlsx", "parts-1904-limit", "\x89" + "\x1e".join([WORKBOOK.replace('date1904="0"', 'date1904="1"'), "", SHARED, STYLES, SHEET1]))
write("xlsx", "parts-no-rels", "\x01" + "\x1e".join(['<workbook><sheets><sheet name="Sheet1"/></sheets></workbook>', "", "", "", SHEET1]))
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in [("xl/workbook.xml", WORKBOOK), ("xl/_rels/workbook.xml.rels", RELS),
                       ("xl/sharedStrings.xml", SHARED), ("xl/styles.xml", STYLES),
                       ("xl/worksheets/sheet1.xml", SHEET1), ("xl/worksheets/sheet2.xml", SHEET2)]:
        z.writestr(name, text)
write("xlsx", "deflated", b"\x00" + buf.getvalue())

# --- date: mode byte (even: text, odd: an XLSX serial as 8 bytes) ---
for i, text in enumerate(["2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "20240305", " 2024 年 3 月 5 日 ",
                          "2024-02-29", "2023-02-29", "2024-13-01", "0999-01-01", "１２３", "1,234.50元", "1，200",
                          "0.5", "12.345", "是", "N", "true", "张三、李四；王五,赵六，", "身份证号（ＩＤ）", "  执法\u3000主体 ",
                          "1e3", "-1"]):
    write("date", f"text-{i:02d}", b"\x00" + text.encode("utf-8"))
for i, serial in enumerate([1.0, 59.0, 60.0, 61.0, 45356.75, 2958465.0, 0.5, -3.0]):
    write("date", f"serial-{i}", b"\x01" + struct.pack("<d", serial))

# --- deadline: mode byte 0 (phrase: 2 bytes source date as days after 2000-01-01, 0xFFFF none),
#     1 (questions on the shipped calendar), 2 (questions, then a calendar as JSON) ---
def days_since_2000(iso):
    return (datetime.date.fromisoformat(iso) - datetime.date(2000, 1, 1)).days

PHRASES = ["12月底", "9月底前", "2024年6月底前", "2022年6月底前完成并持续开展", "长期坚持", "持续推进", "持续开展",
           "按照市级有关部门部署推进", "第三季度", "6月30日前", "二〇二四年十二月三十一日前", "三季度末", "上半年",
           "年底前完成", "2024年底", "6月上旬", "十月中旬", "11月下旬前整改到位", "2023-12-31", "2月29日前",
           "自收到之日起15个工作日内", "立即整改", "2024年6月底前，长期坚持", "１２月底。", "20226月底"]
for i, p in enumerate(PHRASES):
    src = 0xFFFF if i % 7 == 6 else days_since_2000("2023-09-19")
    write("deadline", f"phrase-{i:02d}", b"\x00" + struct.pack(">H", src) + p.encode("utf-8"))
# A question: start (2 bytes, days after 2015-06-01), scale byte, count (2 bytes), offset (2 bytes).
def question(start, scale, n, offset):
    return struct.pack(">HBhh", start, scale, n, offset)
write("deadline", "shipped", b"\x01" + question(1595, 0, 7, 10) + question(3000, 0, -15, -40)
      + question(200, 3, 250, 300) + question(3700, 0, 0, 2))
CAL = ('{"years": [{"year": 2024, "notices": ["x"], "days": [{"date": "2024-10-01", "name": "国庆节", "off": true},'
       '{"date": "2024-10-07", "name": "国庆节", "off": true}, {"date": "2024-10-12", "name": "国庆节", "off": false}]},'
       '{"year": 2025, "days": [{"date": "2025-01-01", "name": "元旦", "off": true}]}]}')
write("deadline", "json", b"\x02" + question(270, 0, 20, 30) + question(100, 1, 200, -5) + CAL.encode("utf-8"))

# --- idcard: the text ---
for i, text in enumerate([OFFICER_A, OFFICER_B, OFFICER_B.lower(), id_number("440305", "20000229", 999),
                          " " + OFFICER_A[:6] + " " + OFFICER_A[6:] + " ",
                          "".join(chr(0xFF10 + int(c)) if c.isdigit() else "ｘ" for c in OFFICER_B),
                          OFFICER_A[:17] + ("0" if OFFICER_A[17] != "0" else "1"), id_number("110101", "19990231", 1),
                          "11010119850312", "1101011985031212345", "13800001234", "", "12345678901234567-"]):
    write("idcard", f"{i:02d}", text)

# --- template: kind byte, 2 bytes reply period, activity 0x1E problem 0x1E problem ... ---
for i, (kind, days, activity, problems) in enumerate([
        (0, 0, "2024年度行政执法案卷评查", []),
        (1, 30, "省司法厅驻站式执法监督", ["领导干部思想认识有待进一步提升", "行政执法公示不及时"]),
        (2, 15, "专项监督（城市管理领域）", ["执法全过程记录不完整"]),
        (3, 30, "年度执法检查", ["罚款决定未经法制审核", "", "案卷归档不规范"]),
        (4, 0, "投诉举报核查", ["未按期答复\n投诉人"]),
        (5, 15, "", ["整改不到位"])]):
    body = "\x1e".join([activity] + problems)
    write("template", f"{i}", bytes([kind]) + struct.pack(">H", days) + body.encode("utf-8"))
