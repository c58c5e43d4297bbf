#pragma once

#include <QByteArray>
#include <QMarginsF>
#include <QString>

class QPagedPaintDevice;

namespace Podium {

struct ProgrammeData;

/**
 * Sets an event's programme as a PDF: header, description, timetable and
 * documents, paginated by hand so that no entry is split, no heading is left
 * at the foot of a page and the timetable's header returns on every page it
 * spans. Needs a QGuiApplication (the offscreen platform will do) and no
 * widgets.
 */
class ProgrammeRenderer
{
public:
    enum class Paper { A4, Letter, A5 };

    struct Options
    {
        Paper paper = Paper::A4;
        /** Left, top, right and bottom margins in millimetres; null for the paper's own. */
        QMarginsF marginsMm;
        /**
         * Writes PDF/A-1b, for archiving: the identification in the XMP
         * metadata, and no transparency (a logo's is flattened onto white).
         */
        bool pdfA = false;
    };

    /** Reads "a4", "letter" or "a5" (any case); false for anything else. */
    static bool paperFromName(const QString &name, Paper *paper);

    /** The margins a programme on @p paper gets unless told otherwise. */
    static QMarginsF defaultMarginsMm(Paper paper);

    explicit ProgrammeRenderer(const Options &options);

    /**
     * Returns the PDF, or an empty array with @p error set. @p pageCount,
     * if given, receives the number of pages.
     */
    QByteArray render(const ProgrammeData &data, QString *error, int *pageCount = nullptr) const;

    /**
     * Paints the programme on @p device, a printer or a print preview as
     * well as a PDF writer, on the device's own paper (the options' paper is
     * for render() only) and with the same lines and page breaks as the PDF
     * at any resolution. The device's page layout should have no margins
     * (or be in full-page mode): the programme draws its own. Returns false
     * with @p error set on failure.
     */
    bool paint(const ProgrammeData &data, QPagedPaintDevice &device, QString *error,
               int *pageCount = nullptr) const;

private:
    Options m_options;
};

} // namespace Podium
