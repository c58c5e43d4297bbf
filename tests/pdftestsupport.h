#pragma once

// What the tests of printed documents share: running the poppler-utils and
// qpdf checkers on a PDF, reading back its text, pages, word boxes and
// images as a printer or reader would, and running a command in process.

#include <QList>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace PdfTestSupport {

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** Runs a checker; a missing one fails the test with the package to install. */
inline Tool runTool(const QString &program, const QStringList &arguments)
{
    Tool t;
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        t.err = QStringLiteral("%1 is not installed; install the Debian packages poppler-utils and "
                               "qpdf (scripts/install-deps.sh)")
                    .arg(program);
        return t;
    }
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        t.err = program + QStringLiteral(" did not finish");
        return t;
    }
    t.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    t.out = QString::fromUtf8(p.readAllStandardOutput());
    t.err = QString::fromUtf8(p.readAllStandardError());
    return t;
}

/**
 * The text of a PDF, or of one page of it (0: all pages), with runs of
 * white space as one space; empty, with a warning, if pdftotext fails.
 */
inline QString pdfText(const QString &pdf, int page = 0)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                          QStringLiteral("-layout")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    const Tool t = runTool(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
    if (t.exitCode != 0)
        qWarning("pdftotext failed: %s", qPrintable(t.err));
    return t.exitCode == 0 ? t.out.simplified() : QString();
}

/** The non-empty lines of one page, each with its white space simplified. */
inline QStringList pageLines(const QString &pdf, int page)
{
    const Tool t = runTool(QStringLiteral("pdftotext"),
                           {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                            QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                            QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    QStringList lines;
    for (const QString &line : t.out.split(QLatin1Char('\n'))) {
        if (!line.simplified().isEmpty())
            lines.append(line.simplified());
    }
    return lines;
}

inline int pageCount(const QString &pdf)
{
    const Tool t = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(t.out);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/**
 * Checks that @p needles occur in @p haystack in this order; returns the
 * first one that is missing or out of order, or an empty string.
 */
inline QString firstOutOfOrder(const QString &haystack, const QStringList &needles)
{
    qsizetype from = 0;
    for (const QString &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, from);
        if (at < 0)
            return needle;
        from = at + needle.size();
    }
    return {};
}

/** A word of `pdftotext -bbox` output: its text and box in points from the top left. */
struct Word
{
    int page;
    QString text;
    QRectF box;
};

inline QList<Word> words(const QString &pdf)
{
    const Tool t =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                              QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    QList<Word> result;
    int page = 0;
    static const QRegularExpression token(
        QStringLiteral("<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (auto it = token.globalMatch(t.out); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(0) == QLatin1StringView("<page ")) {
            ++page;
            continue;
        }
        const QPointF topLeft(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF bottomRight(m.captured(3).toDouble(), m.captured(4).toDouble());
        result.append({page, m.captured(5), QRectF(topLeft, bottomRight)});
    }
    return result;
}

/**
 * An image of `pdfimages -list`: its page, kind ("image", "smask"…), size in
 * pixels and encoding ("image" for Flate, "jpeg"…).
 */
struct Image
{
    int page;
    QString type;
    int width;
    int height;
    QString encoding;
};

inline QList<Image> images(const QString &pdf)
{
    const Tool t = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    if (t.exitCode != 0)
        qWarning("pdfimages failed: %s", qPrintable(t.err));
    QList<Image> result;
    // page num type width height color comp bpc enc interp object ID …, after two header lines
    for (const QString &line : t.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2)) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 9)
            result.append({columns[0].toInt(), columns[2], columns[3].toInt(), columns[4].toInt(),
                           columns[8]});
    }
    return result;
}

/** What a command run in process returned and printed. */
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

using Command = int (*)(const QStringList &, QTextStream &, QTextStream &);

inline Run run(Command command, const QStringList &arguments)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = command(arguments, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace PdfTestSupport
