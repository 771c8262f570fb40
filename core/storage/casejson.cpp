// The audit JSON of a case written straight to UTF-8, for CaseRepository::insert(): the
// same object as CaseRepository::toJson() (a test parses one and compares it with the
// other), without building a QJsonObject, whose inserts cost a fifth of a bulk import.

#include "caserows.h"

#include <cstdio>

namespace Jiandu::CaseRows {

namespace {

class Writer
{
public:
    QByteArray out;

    void key(const char *k)
    {
        comma();
        out += '"';
        out += k;
        out += "\":";
        m_afterKey = true; // the value follows without a comma
    }
    void str(const QString &s)
    {
        comma();
        out += '"';
        const QByteArray utf8 = s.toUtf8();
        for (const char ch : utf8) {
            const auto u = static_cast<unsigned char>(ch);
            if (ch == '"' || ch == '\\') {
                out += '\\';
                out += ch;
            } else if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                switch (ch) {
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                default:
                    out += "\\u00";
                    out += hex[u >> 4];
                    out += hex[u & 15];
                }
            } else {
                out += ch;
            }
        }
        out += '"';
    }
    void date(const QDate &d)
    {
        comma();
        if (!d.isValid()) {
            out += "\"\"";
            return;
        }
        char buf[16];
        const int n = std::snprintf(buf, sizeof buf, "\"%04d-%02d-%02d\"", d.year(), d.month(), d.day());
        out.append(buf, n);
    }
    void number(qint64 v)
    {
        comma();
        out += QByteArray::number(v);
    }
    void boolean(bool v)
    {
        comma();
        out += v ? "true" : "false";
    }
    void open(char c)
    {
        comma();
        out += c;
        m_first = true;
    }
    void close(char c)
    {
        out += c;
        m_first = false;
    }
    template<typename E>
    void code(const std::optional<E> &v)
    {
        str(v ? Vocab::code(*v) : QString());
    }

private:
    void comma()
    {
        if (m_afterKey) {
            m_afterKey = false;
            m_first = false;
            return;
        }
        if (!m_first)
            out += ',';
        m_first = false;
    }
    bool m_first = true;
    bool m_afterKey = false;
};

void parts(Writer &w, const EnforcementCase &c)
{
    w.key("officers");
    w.open('[');
    for (const CaseOfficer &o : c.officers) {
        w.open('{');
        w.key("officer_id"); w.number(o.officerId);
        w.key("cert_no"); w.str(o.certNumber);
        w.close('}');
    }
    w.close(']');
    w.key("penalties");
    w.open('[');
    for (PenaltyCategory p : c.penalties)
        w.str(Vocab::code(p));
    w.close(']');
    w.key("coercion");
    w.open('[');
    for (CoercionKind k : c.coercion)
        w.str(Vocab::code(k));
    w.close(']');
    w.key("stages");
    w.open('[');
    for (const CaseStageRecord &s : c.stages) {
        w.open('{');
        w.key("stage"); w.str(Vocab::code(s.stage));
        w.key("date"); w.date(s.date);
        w.key("note"); w.str(s.note);
        w.key("audio_video"); w.boolean(s.audioVideo);
        w.close('}');
    }
    w.close(']');
    w.key("reviews");
    w.open('[');
    for (const LegalReviewRound &r : c.reviews) {
        w.open('{');
        w.key("round"); w.number(r.round);
        w.key("reviewer"); w.str(r.reviewer);
        w.key("submitted_on"); w.date(r.submittedOn);
        w.key("concluded_on"); w.date(r.concludedOn);
        w.key("conclusion"); w.code(r.conclusion);
        w.key("note"); w.str(r.note);
        w.close('}');
    }
    w.close(']');
    if (c.discussion) {
        w.key("discussion");
        w.open('{');
        w.key("held_on"); w.date(c.discussion->heldOn);
        w.key("conclusion"); w.str(c.discussion->conclusion);
        w.key("opinions");
        w.open('[');
        for (const DiscussionOpinion &d : c.discussion->opinions) {
            w.open('{');
            w.key("participant"); w.str(d.participant);
            w.key("opinion"); w.str(d.opinion);
            w.close('}');
        }
        w.close(']');
        w.close('}');
    }
}

} // namespace

QByteArray auditJson(const EnforcementCase &c)
{
    Writer w;
    w.out.reserve(1024);
    w.open('{');
    w.key("case_no"); w.str(c.caseNo);
    w.key("agency_id"); w.number(c.agencyId);
    w.key("kind"); w.str(Vocab::code(c.kind));
    w.key("title"); w.str(c.title);
    w.key("party"); w.str(c.party);
    w.key("party_kind"); w.code(c.partyKind);
    w.key("opened_on"); w.date(c.openedOn);
    w.key("decided_on"); w.date(c.decidedOn);
    w.key("closed_on"); w.date(c.closedOn);
    w.key("discretion"); w.code(c.discretion);
    w.key("licence_result"); w.code(c.licenceResult);
    w.key("major"); w.boolean(c.major);
    w.key("published_on"); w.date(c.publishedOn);
    w.key("taken_down_on"); w.date(c.takenDownOn);
    w.key("reconsideration"); w.code(c.reconsideration);
    w.key("litigation"); w.code(c.litigation);
    w.key("transferred"); w.boolean(c.transferred);
    w.key("transferred_on"); w.date(c.transferredOn);
    w.key("extension_days"); w.number(c.extensionDays);
    w.key("extension_approved_on"); w.date(c.extensionApprovedOn);
    w.key("extension_approved_by"); w.str(c.extensionApprovedBy);
    w.key("hearing_requested"); w.boolean(c.hearingRequested);
    w.key("hearing_held_on"); w.date(c.hearingHeldOn);
    w.key("hearing_note"); w.str(c.hearingNote);
    // Money as a string of fen: JSON numbers are doubles, fen must stay exact.
    if (c.fineFen) {
        w.key("fine_fen");
        w.str(QString::number(*c.fineFen));
    }
    if (c.confiscationFen) {
        w.key("confiscation_fen");
        w.str(QString::number(*c.confiscationFen));
    }
    if (c.statutoryDays) {
        w.key("statutory_days");
        w.number(*c.statutoryDays);
    }
    parts(w, c);
    w.close('}');
    return w.out;
}

} // namespace Jiandu::CaseRows
