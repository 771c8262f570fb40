# CPack configuration for the Debian package (UOS and Kylin are Debian-based).
#   cmake --preset release && cmake --build build/release && (cd build/release && cpack -G DEB)
# or scripts/jiandu.sh package. packaging/test-deb.sh installs the result in a clean
# Debian 12 root and runs it there. The Windows build is in packaging/windows/README.md.
set(CPACK_PACKAGE_NAME "jiandu")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "Jiandu developers")
set(CPACK_PACKAGE_CONTACT "Jiandu developers <jiandu@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "ledger of an administrative law-enforcement supervision office")
# The extended description: lines under 80 characters, "." alone for an empty line (Debian
# control file syntax; CPack indents each line by one space).
set(CPACK_PACKAGE_DESCRIPTION
    "Jiandu (行政执法监督台账) is the desktop ledger of the law-enforcement
supervision office of a justice bureau: the roster of enforcement
officers with their certificates, trainings and assessments; enforcement
cases and their file reviews; supervision activities, findings and
rectification tasks with their ledgers; supervision documents; warnings
about what is late or wrong; and the annual enforcement report
(行政执法年度报告). It imports and exports the office's spreadsheets and prints
its documents to PDF. Data stays in one local SQLite file, with an audit
trail that cannot be altered unnoticed and optional user accounts with
roles.
.
The package holds the desktop application (jiandu) and its command line
(jiandu-cli), for scripted imports, exports, reports, backups and
checks.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Libraries the executables link (Qt, SQLite, libxlsxwriter, minizip, OpenSSL, libsodium)
# are found by dpkg-shlibdeps; what is loaded at run time is added here:
# - the QSQLITE driver and the SVG icon engine are Qt plugins, not linked;
# - qt6-translations-l10n has Qt's own Chinese strings (qtbase_zh_CN.qm: dialog buttons);
# - a CJK font, else every Chinese glyph is a box (on screen and in PDFs). The PDF text layer
#   is right with WenQuanYi and AR PL fonts; Noto CJK maps some ideographs to Kangxi radicals
#   in Qt 6.4's PDFs (shared/TOOLCHAIN.md), hence the order.
# The X11 (xcb) and offscreen platform plugins are in libqt6gui6 itself on Debian 12.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n, fonts-wqy-zenhei | fonts-arphic-uming | fonts-noto-cjk")
# 宋体/楷体 substitutes for printed documents (SimSun, KaiTi are not in Debian).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-microhei")
set(CPACK_GENERATOR "DEB")
include(CPack)
