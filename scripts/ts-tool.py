#!/usr/bin/env python3
"""Maintenance of the Qt .ts translation files.

  ts-tool.py fill-en translations/jiandu_en.ts
      English is the source language: every unfinished entry gets its source text.
  ts-tool.py apply translations/jiandu_zh_CN.ts TABLE.tsv
      Fills entries from a tab-separated table: context <TAB> source <TAB> translation
      (newlines in the table written as \\n).
  ts-tool.py unfinished translations/jiandu_zh_CN.ts [--tsv]
      Lists entries that still lack a translation (as a TSV skeleton with --tsv).
  ts-tool.py check translations/jiandu_zh_CN.ts
      Exits 1 when an entry is unfinished or its %1..%n placeholders differ from the source.
"""
import re
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def save(tree, path):
    # lupdate's layout (<context> at column 0), so lupdate and this tool produce no churn.
    ET.indent(tree, space="    ")
    text = ET.tostring(tree.getroot(), encoding="unicode")
    # lupdate also escapes quotes in text (not in attributes).
    text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace('"', "&quot;").replace("'", "&apos;") + "<", text)
    lines = [l[4:] if l.startswith("    ") else l for l in text.split("\n")]
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write("\n".join(lines))
        f.write("\n")


def messages(root):
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def unfinished(msg):
    tr = msg.find("translation")
    if tr is None:
        return True
    if msg.get("numerus") == "yes":
        forms = tr.findall("numerusform")
        return tr.get("type") in ("unfinished", "vanished", "obsolete") or not forms or not all(
            (f.text or "") for f in forms)
    return tr.get("type") in ("unfinished",) or not (tr.text or "")


def set_translation(msg, text):
    tr = msg.find("translation")
    if tr is None:
        tr = ET.SubElement(msg, "translation")
    if "type" in tr.attrib:
        del tr.attrib["type"]
    if msg.get("numerus") == "yes":
        for child in list(tr):
            tr.remove(child)
        ET.SubElement(tr, "numerusform").text = text
        tr.text = None
    else:
        tr.text = text


def placeholders(text):
    return sorted(set(re.findall(r"%L?\d+|%n", text or "")))


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    cmd, path = argv[1], argv[2]
    tree, root = load(path)
    if cmd == "fill-en":
        n = 0
        for _, msg in messages(root):
            if unfinished(msg):
                src = msg.findtext("source")
                if msg.get("numerus") == "yes":
                    # English has two forms: "%n row(s)" -> "%n row", "%n rows".
                    set_translation(msg, src.replace("(s)", ""))
                    ET.SubElement(msg.find("translation"), "numerusform").text = src.replace("(s)", "s")
                else:
                    set_translation(msg, src)
                n += 1
        save(tree, path)
        print(f"{path}: {n} entries filled")
        return 0
    if cmd == "apply":
        table = {}
        with open(argv[3], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) > 3 and len(parts) % 2 == 1:
                    # A source with tabs in it (a table header): its translation has as many.
                    half = (len(parts) - 1) // 2
                    parts = [parts[0], "\t".join(parts[1:1 + half]), "\t".join(parts[1 + half:])]
                if len(parts) != 3:
                    print(f"bad line: {line!r}", file=sys.stderr)
                    return 1
                ctx, src, tr = (p.replace("\\n", "\n") for p in parts)
                table[(ctx, src)] = tr
        n = 0
        for ctx, msg in messages(root):
            key = (ctx, msg.findtext("source"))
            if key in table and table[key]:
                set_translation(msg, table[key])
                n += 1
        save(tree, path)
        print(f"{path}: {n} entries applied")
        return 0
    if cmd == "unfinished":
        tsv = "--tsv" in argv
        for ctx, msg in messages(root):
            if unfinished(msg):
                src = msg.findtext("source").replace("\n", "\\n")
                print(f"{ctx}\t{src}\t" if tsv else f"[{ctx}] {src}")
        return 0
    if cmd == "check":
        bad = 0
        for ctx, msg in messages(root):
            src = msg.findtext("source")
            if unfinished(msg):
                print(f"unfinished: [{ctx}] {src}")
                bad += 1
                continue
            tr = msg.find("translation")
            texts = [f.text for f in tr.findall("numerusform")] or [tr.text]
            for t in texts:
                if placeholders(t) != placeholders(src):
                    print(f"placeholders differ: [{ctx}] {src!r} -> {t!r}")
                    bad += 1
        print(f"{path}: {bad} problem(s)")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
