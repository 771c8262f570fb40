#pragma once

// A supervision document (监督文书) in the national format for official documents
// (GB/T 9704-2012, DESIGN.md "Documents and printing"): A4 portrait, margins 37 mm top, 28 mm
// left, 26 mm right, 35 mm bottom; the issuing authority's mark (发文机关标志) in red, the
// issuing number (发文字号) centred under it with the red separator line; the title in the
// 小标宋 role at 22 pt; the recipient (主送机关) flush left followed by a full-width colon;
// the body in the 仿宋 role at 16 pt, 22 lines of 28 characters, first lines indented by two
// characters; 一、 headings in the 黑体 role, （一） headings in the 楷体 role; the attachment
// note (附件：…); the issuer and the date in Arabic numerals (2025年3月1日, as the 2012
// edition writes it) right-aligned; page numbers "— 1 —" at the foot (odd pages right, even
// pages left). The attachment (a task table) follows in the same PDF on pages of its own,
// portrait, under its heading "附件" and its title, header row repeated. The signature never
// stands alone on a page: the last lines of the text go along with it.
// Needs a QGuiApplication (fonts).

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QPrinter;

namespace Jiandu::Documents {

struct AttachmentTable
{
    QString title;            // e.g. 整改任务清单
    QStringList headers;      // e.g. 序号 / 存在问题 / 整改措施 / 责任单位 / 整改时限
    QList<QStringList> rows;
};

struct OfficialDocumentData
{
    QString authorityMark;  // 发文机关标志, e.g. 清河县司法局文件 or 清河县司法局
    QString number;         // 清司监通〔2025〕3号; empty for a draft (then 草稿 is printed there)
    QString title;
    QString recipient;      // 主送机关
    QString body;           // paragraphs separated by "\n"; a paragraph starting with 一、 etc.
                            // is a first-level heading, （一） a second-level one
    QString issuer;         // 发文机关署名
    QDate date;             // 成文日期
    QList<AttachmentTable> attachments;
};

struct OfficialDocumentInfo
{
    int pages = 0;
    QString fontNotice; // which fallback fonts stood in for the official ones (translated)
};

Result<OfficialDocumentInfo> paintOfficialDocument(const OfficialDocumentData &data,
                                                   QPagedPaintDevice &device);
// Atomic: a failed write leaves no file.
Result<OfficialDocumentInfo> writeOfficialDocumentPdf(const OfficialDocumentData &data,
                                                      const QString &pdfPath);
Result<OfficialDocumentInfo> printOfficialDocument(const OfficialDocumentData &data,
                                                   QPrinter &printer);

} // namespace Jiandu::Documents
