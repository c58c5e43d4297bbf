#include "statisticsexport.h"

#include "util/atomicfile.h"

#include <QCoreApplication>
#include <QDir>

namespace Podium {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Podium::StatisticsExport", text);
}

QString percent(const std::optional<double> &rate)
{
    return rate ? QString::number(*rate * 100.0, 'f', 1) : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QStringList cells(const StatisticsRow &row)
{
    return {row.label,
            isoDate(row.firstDate),
            isoDate(row.lastDate),
            QString::number(row.events),
            QString::number(row.heldEvents),
            QString::number(row.registrations),
            QString::number(row.waitlisted),
            QString::number(row.cancelled),
            QString::number(row.attended),
            QString::number(row.noShows),
            percent(row.attendanceRate()),
            percent(row.noShowRate())};
}

} // namespace

QByteArray StatisticsExport::toCsv(const QList<StatisticsRow> &rows, const StatisticsRow &total,
                                   StatisticsGrouping grouping, const CsvWriter::Options &options)
{
    CsvWriter writer(options);
    writer.addRow({Statistics::groupingLabel(grouping), tr("First date"), tr("Last date"),
                   tr("Events"), tr("Events held"), tr("Registrations"), tr("Waiting list"),
                   tr("Cancelled"), tr("Attended"), tr("No-shows"), tr("Attendance rate (%)"),
                   tr("No-show rate (%)")});
    for (const StatisticsRow &row : rows)
        writer.addRow(cells(row));
    writer.addRow(cells(total));
    return writer.data();
}

bool StatisticsExport::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QString reason;
    if (!writeFileAtomically(path, data, &reason)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

} // namespace Podium
