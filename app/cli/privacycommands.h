#pragma once

#include <QStringList>

class QTextStream;

namespace Podium::Cli {

/** podium privacy export-person|erase|anonymise [OPTIONS] */
int runPrivacy(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium privacy export-person --database FILE --person ID|EMAIL --output FILE.json */
int runPrivacyExportPerson(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium privacy erase --database FILE --person ID|EMAIL [--keep-published-name] [--yes] */
int runPrivacyErase(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium privacy anonymise --database FILE [--older-than MONTHS] [--dry-run] */
int runPrivacyAnonymise(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium export mailing --database FILE [--event ID] [--format csv|vcard] --output FILE */
int runExportMailing(const QStringList &arguments, QTextStream &out, QTextStream &err);

/** podium duplicates list|merge [OPTIONS] */
int runDuplicates(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Podium::Cli
