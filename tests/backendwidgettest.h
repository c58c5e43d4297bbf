// main() for a test that runs on both backends (see testdatabase.h) and
// needs a QApplication, as QTEST_MAIN gives one: widgets, fonts, printing.
#pragma once

#include "testdatabase.h"

#include <QApplication>

// FILE_ONLY is a QStringList of the functions that run only on the file
// backend, as for PODIUM_BACKEND_TEST_MAIN.
#define PODIUM_BACKEND_WIDGET_TEST_MAIN(TestObject, FILE_ONLY)                                     \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return Podium::Testing::runTests(tc, argc, argv, FILE_ONLY);                               \
    }
