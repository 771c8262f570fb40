// The case view's HTML: sections of fields and the process timeline. Every value is escaped.

#include "caseviewdialog.h"

#include "storage/caserepository.h"
#include "util/format.h"

namespace Jiandu::Ui {

namespace {

using Deadline = Rules::CaseDeadline;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return d.isValid() ? Format::isoDate(d) : QStringLiteral("—");
}

QString yesNo(bool b)
{
    return b ? CaseViewDialog::tr("Yes") : CaseViewDialog::tr("No");
}

template <typename E> QString opt(const std::optional<E> &v)
{
    return v ? esc(Vocab::label(*v)) : QStringLiteral("—");
}

template <typename E> QString labels(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << Vocab::label(v);
    return out.isEmpty() ? QStringLiteral("—") : esc(out.join(QStringLiteral("、")));
}

QString money(const std::optional<qint64> &fen)
{
    return fen ? CaseViewDialog::tr("%1 yuan").arg(Format::yuan(*fen)) : QStringLiteral("—");
}

// Colour and a sign, never colour alone: the state is also written out.
std::pair<const char *, const char *> stateStyle(Deadline::State state)
{
    switch (state) {
    case Deadline::State::Met:
        return {"#2e7d32", "✔"};
    case Deadline::State::Late:
        return {"#b26a00", "⚠"};
    case Deadline::State::Pending:
        return {"#1565c0", "…"};
    case Deadline::State::Overdue:
        return {"#c62828", "✖"};
    case Deadline::State::Unknown:
        break;
    }
    return {"#616161", "?"};
}

QString deadlineHtml(const Deadline &d)
{
    const auto [colour, sign] = stateStyle(d.state);
    QString text = QStringLiteral("<b>%1</b>: ").arg(esc(d.label()));
    if (d.state == Deadline::State::Unknown) {
        text += QStringLiteral("<span style=\"color:%1\">%2 %3</span> — %4")
                    .arg(QLatin1String(colour), QString::fromUtf8(sign), esc(d.stateLabel()),
                         esc(d.problem));
        return text;
    }
    text += (d.workingDays ? CaseViewDialog::tr("due %1 (working days)")
                           : CaseViewDialog::tr("due %1 (calendar days)"))
                .arg(date(d.due));
    text += QStringLiteral(" <span style=\"color:%1; font-weight:bold\">%2 %3</span>")
                .arg(QLatin1String(colour), QString::fromUtf8(sign), esc(d.stateLabel()));
    if (d.doneOn.isValid())
        text += QLatin1Char(' ') + CaseViewDialog::tr("(done %1)").arg(date(d.doneOn));
    return text;
}

QString row(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
}

QString section(const QString &title)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(title));
}

QString timelineRow(const QString &stage, const QString &when, const QString &note,
                    const QString &av, const QList<Deadline> &deadlines, bool recorded)
{
    QStringList cells;
    for (const Deadline &d : deadlines)
        cells << deadlineHtml(d);
    const QString marker = recorded ? QStringLiteral("●") : QStringLiteral("○");
    const QString style = recorded ? QString() : QStringLiteral(" style=\"color:#757575\"");
    return QStringLiteral("<tr%1><td>%2 %3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
        .arg(style, marker, esc(stage), when, esc(note), av, cells.join(QStringLiteral("<br>")));
}

QString timeline(const CaseViewData &data)
{
    const EnforcementCase &c = data.theCase;
    QString html =
        QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%><tr><th>%1</th>"
                       "<th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
            .arg(esc(CaseViewDialog::tr("Stage")), esc(CaseViewDialog::tr("Date")),
                 esc(CaseViewDialog::tr("Note")), esc(CaseViewDialog::tr("Audio/video")),
                 esc(CaseViewDialog::tr("Deadline")));
    auto onStage = [&data](std::optional<CaseStage> stage, std::optional<Deadline::Kind> kind) {
        QList<Deadline> out;
        for (const Deadline &d : data.deadlines)
            if (kind ? d.kind == *kind : (d.stage == stage && d.kind != Deadline::Kind::Publicity))
                out << d;
        return out;
    };
    for (CaseStage stage : Vocab::all<CaseStage>()) {
        const CaseStageRecord *record = nullptr;
        for (const CaseStageRecord &s : c.stages)
            if (s.stage == stage)
                record = &s;
        html +=
            timelineRow(Vocab::label(stage), record ? date(record->date) : QStringLiteral("—"),
                        record ? record->note : QString(),
                        record && record->audioVideo ? CaseViewDialog::tr("Recorded") : QString(),
                        onStage(stage, std::nullopt), record != nullptr);
        if (stage == CaseStage::Decision) // publicity follows the decision
            html +=
                timelineRow(CaseViewDialog::tr("Publicity"), date(c.publishedOn),
                            c.takenDownOn.isValid()
                                ? CaseViewDialog::tr("Taken down on %1").arg(date(c.takenDownOn))
                                : QString(),
                            QString(), onStage(std::nullopt, Deadline::Kind::Publicity),
                            c.publishedOn.isValid());
    }
    html += QStringLiteral("</table>");
    if (!data.calendarProblem.isEmpty())
        html += QStringLiteral("<p style=\"color:#c62828\">%1</p>").arg(esc(data.calendarProblem));
    return html;
}

QString reviews(const EnforcementCase &c)
{
    if (c.reviews.isEmpty())
        return QStringLiteral("<p>%1</p>")
            .arg(esc(CaseViewDialog::tr("No legal review recorded.")));
    QString html =
        QStringLiteral("<table border=1 cellspacing=0 cellpadding=4 width=100%><tr>"
                       "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
            .arg(esc(CaseViewDialog::tr("Round")), esc(CaseViewDialog::tr("Reviewer")),
                 esc(CaseViewDialog::tr("Submitted")), esc(CaseViewDialog::tr("Concluded")),
                 esc(CaseViewDialog::tr("Conclusion")), esc(CaseViewDialog::tr("Note")));
    for (const LegalReviewRound &r : c.reviews)
        html += QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                    .arg(QString::number(r.round), esc(r.reviewer), date(r.submittedOn),
                         date(r.concludedOn),
                         r.conclusion ? opt(r.conclusion) : esc(CaseViewDialog::tr("Pending")),
                         esc(r.note));
    return html + QStringLiteral("</table>");
}

QString discussion(const EnforcementCase &c)
{
    if (!c.discussion)
        return QStringLiteral("<p>%1</p>")
            .arg(esc(CaseViewDialog::tr("No collective discussion recorded.")));
    QString html = QStringLiteral("<table>") +
                   row(CaseViewDialog::tr("Held on"), date(c.discussion->heldOn)) +
                   row(CaseViewDialog::tr("Conclusion"), esc(c.discussion->conclusion)) +
                   QStringLiteral("</table><ul>");
    for (const DiscussionOpinion &o : c.discussion->opinions)
        html += QStringLiteral("<li><b>%1</b>: %2</li>").arg(esc(o.participant), esc(o.opinion));
    return html + QStringLiteral("</ul>");
}

QString officers(const CaseViewData &data)
{
    QStringList items;
    for (const CaseOfficer &o : data.theCase.officers)
        items << QStringLiteral("%1（%2）")
                     .arg(esc(data.officerNames.value(o.officerId,
                                                      CaseViewDialog::tr("unknown officer"))),
                          esc(o.certNumber.isEmpty() ? CaseViewDialog::tr("no certificate")
                                                     : o.certNumber));
    return items.isEmpty() ? esc(CaseViewDialog::tr("None recorded"))
                           : items.join(QStringLiteral("、"));
}

QString basics(const CaseViewData &data)
{
    const EnforcementCase &c = data.theCase;
    const CaseStatus status = c.closedOn.isValid()    ? CaseStatus::Closed
                              : c.decidedOn.isValid() ? CaseStatus::Decided
                                                      : CaseStatus::Open;
    const QString statusText = status == CaseStatus::Closed    ? CaseViewDialog::tr("Closed")
                               : status == CaseStatus::Decided ? CaseViewDialog::tr("Decided")
                                                               : CaseViewDialog::tr("In progress");
    return QStringLiteral("<table cellpadding=3>") +
           row(CaseViewDialog::tr("Case number"), esc(c.caseNo)) +
           row(CaseViewDialog::tr("Enforcement body"), esc(data.agencyName)) +
           row(CaseViewDialog::tr("Kind"), esc(Vocab::label(c.kind))) +
           row(CaseViewDialog::tr("Cause of action"), esc(c.title)) +
           row(CaseViewDialog::tr("Party"),
               esc(c.party) +
                   (c.partyKind ? QStringLiteral("（%1）").arg(opt(c.partyKind)) : QString())) +
           row(CaseViewDialog::tr("Filed / decided / closed"),
               date(c.openedOn) + QStringLiteral(" / ") + date(c.decidedOn) +
                   QStringLiteral(" / ") + date(c.closedOn)) +
           row(CaseViewDialog::tr("Status"), esc(statusText)) +
           row(CaseViewDialog::tr("Major decision"), yesNo(c.major)) +
           row(CaseViewDialog::tr("Officers"), officers(data)) + QStringLiteral("</table>");
}

QString outcome(const EnforcementCase &c)
{
    QString html = QStringLiteral("<table cellpadding=3>");
    if (c.kind == CaseKind::Penalty)
        html += row(CaseViewDialog::tr("Penalties"), labels(c.penalties)) +
                row(CaseViewDialog::tr("Discretion"), opt(c.discretion));
    if (c.kind == CaseKind::Licence)
        html += row(CaseViewDialog::tr("Licence result"), opt(c.licenceResult));
    if (c.kind == CaseKind::Coercion)
        html += row(CaseViewDialog::tr("Measures and executions"), labels(c.coercion));
    html +=
        row(CaseViewDialog::tr("Fine"), money(c.fineFen)) +
        row(CaseViewDialog::tr("Confiscation"), money(c.confiscationFen)) +
        row(CaseViewDialog::tr("Hearing"),
            c.hearingRequested
                ? CaseViewDialog::tr("Requested, held %1").arg(date(c.hearingHeldOn)) +
                      (c.hearingNote.isEmpty() ? QString()
                                               : QStringLiteral(" — ") + esc(c.hearingNote))
                : CaseViewDialog::tr("Not requested")) +
        row(CaseViewDialog::tr("Published / taken down"),
            date(c.publishedOn) + QStringLiteral(" / ") + date(c.takenDownOn)) +
        row(CaseViewDialog::tr("Reconsideration"), opt(c.reconsideration)) +
        row(CaseViewDialog::tr("Litigation"), opt(c.litigation)) +
        row(CaseViewDialog::tr("Transferred to judicial organs"),
            c.transferred ? CaseViewDialog::tr("Yes, on %1").arg(date(c.transferredOn))
                          : yesNo(false)) +
        row(CaseViewDialog::tr("Handling period"),
            c.statutoryDays ? CaseViewDialog::tr("%1 days").arg(*c.statutoryDays)
                            : esc(CaseViewDialog::tr("as set for the kind"))) +
        row(CaseViewDialog::tr("Extension"),
            c.extensionDays > 0 ? CaseViewDialog::tr("%1 days, approved %2 by %3")
                                      .arg(QString::number(c.extensionDays),
                                           date(c.extensionApprovedOn), esc(c.extensionApprovedBy))
                                : CaseViewDialog::tr("None"));
    return html + QStringLiteral("</table>");
}

} // namespace

QString CaseViewDialog::toHtml(const CaseViewData &data, const QDate &asOf)
{
    QString html = QStringLiteral("<html><body>");
    html += section(tr("Case")) + basics(data);
    html += section(tr("Process (as of %1)").arg(Format::isoDate(asOf))) + timeline(data);
    html += section(tr("Legal review")) + reviews(data.theCase);
    html += section(tr("Collective discussion")) + discussion(data.theCase);
    html += section(tr("Outcome, publicity and appeals")) + outcome(data.theCase);
    return html + QStringLiteral("</body></html>");
}

} // namespace Jiandu::Ui
