#pragma once

#include "io/csvwriter.h"
#include "models/statisticsmodel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

/**
 * Writes the statistics as CSV for a report to funders: one row per event,
 * series or year and a last row of totals, rates as percentages with one
 * decimal and a point ("87.5"), dates as ISO 8601. It holds counts only,
 * never anybody's name or contact data.
 */
namespace StatisticsExport {

/** The CSV text of @p rows and @p total, grouped as @p grouping. */
QByteArray toCsv(const QList<StatisticsRow> &rows, const StatisticsRow &total,
                 StatisticsGrouping grouping, const CsvWriter::Options &options = {});

/** Writes @p data to @p path atomically (QSaveFile); false with @p error naming the file. */
bool writeFile(const QString &path, const QByteArray &data, QString *error);

} // namespace StatisticsExport
} // namespace Podium
