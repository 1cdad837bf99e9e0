// Palette helpers: Site Studio follows the system light/dark palette.
//
// Qt 6.4 has no QStyleHints::colorScheme(), so "dark" means: the palette's window colour is darker
// than its text (what every platform theme's dark mode produces). Widgets never hard-code colours;
// status colours (success, warning, error, info) come in a light and a dark variant picked from the
// palette they are drawn on. `sitestudio --dark` / SITESTUDIO_COLOR_SCHEME=dark apply a dark Fusion
// palette on desktops without a dark-mode bridge (and for screenshots).
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace ss::ui {

enum class StatusColor
{
    Success,
    Warning,
    Error,
    Info,
    Added,
    Removed,
    Changed,
    Moved
};

// True when `palette` is a dark one (window darker than its text).
bool isDark(const QPalette &palette);

// A status colour readable on `palette`'s window and base colours.
QColor statusColor(StatusColor kind, const QPalette &palette);
inline QString statusColorName(StatusColor kind, const QPalette &palette)
{
    return statusColor(kind, palette).name();
}

// `color` blended into `base` by t (0 = base, 1 = color).
QColor mix(const QColor &base, const QColor &color, double t);

// The dark Fusion palette used by --dark.
QPalette darkPalette();
QPalette lightPalette();

enum class ColorScheme
{
    System,
    Light,
    Dark
};

// Parses "dark", "light", "system"/"auto" (case-insensitive); anything else is System.
ColorScheme parseColorScheme(const QString &text);

// Whether the desktop asks for dark when Qt's platform palette does not say so (Qt 6.4's GTK
// theme ignores GNOME's dark preference): GTK_THEME "Name:dark", GNOME's color-scheme setting
// "prefer-dark" or a GTK theme named "…-dark". The inputs are the values read by
// desktopPrefersDark().
bool gtkPrefersDark(const QString &gtkThemeEnv, const QString &colorSchemeSetting,
                    const QString &gtkThemeSetting);
// Reads them (gsettings, only on GNOME-like desktops; a few milliseconds).
bool desktopPrefersDark();

// Applies `scheme` to the application: System keeps the platform palette (and style) unless it is
// light while the desktop prefers dark (then it is Dark); Light and Dark switch to the Fusion
// style with a matching palette.
void applyColorScheme(QApplication &app, ColorScheme scheme);

} // namespace ss::ui
