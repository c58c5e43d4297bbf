# Writes the AppStream metainfo from packaging/org.example.podium.metainfo.xml.in.
# Used by packaging/CMakeLists.txt at configure time, and on its own in script
# mode so that scripts/package.sh can validate the screenshots' markup before
# the project has public addresses for its pictures:
#
#   cmake -DMETAINFO_OUT=FILE -DPODIUM_APP_ID=ID -DPROJECT_HOMEPAGE_URL=URL \
#         [-DPODIUM_SCREENSHOT_URL=URL] -P packaging/metainfo.cmake
#
# PODIUM_SCREENSHOT_URL is the public web folder that holds the pictures of
# docs/screenshots/ (AppStream wants them on the web, not in the package).
# Empty, the metainfo has no <screenshots>.

# The pictures software centres show, first the default one; each with its
# caption in English and German.
set(PODIUM_SCREENSHOTS
    "events.png|The events of the year, with their series, venues and registrations|Die Veranstaltungen des Jahres mit Reihen, Orten und Anmeldungen"
    "event-programme.png|An event's programme, with a role for everyone who speaks|Das Programm einer Veranstaltung, mit der Rolle aller Mitwirkenden"
    "attendees.png|Registrations across all events, searched as you type|Anmeldungen aller Veranstaltungen, durchsucht beim Tippen"
    "print-preview.png|The printed programme, in German or English|Das gedruckte Programm, auf Deutsch oder Englisch"
    "main-window-de.png|The interface in German|Die Oberfläche auf Deutsch")

function(podium_write_metainfo in out)
    set(PODIUM_METAINFO_SCREENSHOTS "")
    if(PODIUM_SCREENSHOT_URL)
        if(NOT PODIUM_SCREENSHOT_URL MATCHES "^https://")
            message(FATAL_ERROR "PODIUM_SCREENSHOT_URL must be an https:// address, "
                                "not \"${PODIUM_SCREENSHOT_URL}\"")
        endif()
        string(REGEX REPLACE "/+$" "" base "${PODIUM_SCREENSHOT_URL}")
        set(xml "  <screenshots>\n")
        set(first TRUE)
        foreach(entry IN LISTS PODIUM_SCREENSHOTS)
            string(REPLACE "|" ";" parts "${entry}")
            list(GET parts 0 file)
            list(GET parts 1 caption)
            list(GET parts 2 caption_de)
            if(first)
                string(APPEND xml "    <screenshot type=\"default\">\n")
                set(first FALSE)
            else()
                string(APPEND xml "    <screenshot>\n")
            endif()
            string(APPEND xml "      <caption>${caption}</caption>\n"
                              "      <caption xml:lang=\"de\">${caption_de}</caption>\n"
                              "      <image>${base}/${file}</image>\n"
                              "    </screenshot>\n")
        endforeach()
        string(APPEND xml "  </screenshots>\n")
        set(PODIUM_METAINFO_SCREENSHOTS "${xml}")
    endif()
    configure_file(${in} ${out} @ONLY)
endfunction()

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT METAINFO_OUT OR NOT PODIUM_APP_ID OR NOT PROJECT_HOMEPAGE_URL)
        message(FATAL_ERROR "usage: cmake -DMETAINFO_OUT=FILE -DPODIUM_APP_ID=ID "
                            "-DPROJECT_HOMEPAGE_URL=URL [-DPODIUM_SCREENSHOT_URL=URL] "
                            "-P metainfo.cmake")
    endif()
    podium_write_metainfo(${CMAKE_CURRENT_LIST_DIR}/org.example.podium.metainfo.xml.in
                          ${METAINFO_OUT})
endif()
