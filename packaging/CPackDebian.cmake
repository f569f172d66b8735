# SPDX-License-Identifier: GPL-3.0-or-later
# `cpack -G DEB` in the build directory builds a Debian package of everything `cmake --install`
# installs. packaging/validate.sh builds it and checks it with lintian.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME unfold)
set(CPACK_PACKAGE_VENDOR "The Unfold contributors")
set(CPACK_PACKAGE_CONTACT "Unfold Maintainers <maintainers@unfold.github.io>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY unfold)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "journal for how people open up to each other")
# Debian-style permissions whatever the builder's umask is (lintian checks them).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
# Debug information stays in the build tree; the package ships stripped binaries.
set(CPACK_STRIP_FILES ON)

# Keep in step with the first entry of packaging/changelog.Debian (version "0.1.0-1").
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://unfold.github.io/")
# Dependencies from the libraries the binary really links (dpkg-shlibdeps), not a hand-kept list.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The Wayland platform plugin is its own package; X11's comes with libqt6gui6. Qt's own dialogs
# (file chooser, colour picker, message box buttons) are translated by qt6-translations-l10n;
# without it they stay English beside Unfold's German, Spanish, French or Portuguese. The desktop's
# icons for menus and buttons are mostly SVG: Qt's SVG icon plugin is qt6-svg-plugins on Debian 13,
# part of libqt6svg6 before.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, qt6-svg-plugins | libqt6svg6 (<< 6.5)")
# The extended description: CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY before it as the
# synopsis, indents it, and writes empty lines as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Unfold is a private journal for relationships, built on Social
Penetration Theory: people grow close by sharing, layer by layer, and
closer still when the sharing goes both ways.

After a conversation, note what each of you shared, on which topic and
how personal it was, and answer a short check-in. Over weeks, Unfold
shows whether sharing is balanced, deepening or pulling back, as an
onion of topics and layers and as reciprocity measures beside felt
trust and closeness.

Everything stays on your computer: Unfold has no network code.")

include(CPack)
