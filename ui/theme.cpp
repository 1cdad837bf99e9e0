#include "theme.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace ss::ui {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() <
           palette.color(QPalette::WindowText).lightnessF();
}

QColor statusColor(StatusColor kind, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Pairs chosen for >= 4.5:1 contrast on white / on #1e1e1e-ish windows.
    switch (kind) {
    case StatusColor::Success:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case StatusColor::Warning:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case StatusColor::Error:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case StatusColor::Info:
        return dark ? QColor(0x58, 0xa6, 0xff) : QColor(0x09, 0x69, 0xda);
    case StatusColor::Added:
        return dark ? QColor(0x4a, 0xde, 0x80) : QColor(0x16, 0xa3, 0x4a);
    case StatusColor::Removed:
        return dark ? QColor(0xf8, 0x71, 0x71) : QColor(0xdc, 0x26, 0x26);
    case StatusColor::Changed:
        return dark ? QColor(0xfb, 0xbf, 0x24) : QColor(0xd9, 0x77, 0x06);
    case StatusColor::Moved:
        return dark ? QColor(0x60, 0xa5, 0xfa) : QColor(0x25, 0x63, 0xeb);
    }
    return palette.color(QPalette::WindowText);
}

QColor mix(const QColor &base, const QColor &color, double t)
{
    return QColor::fromRgbF(float(base.redF() * (1 - t) + color.redF() * t),
                            float(base.greenF() * (1 - t) + color.greenF() * t),
                            float(base.blueF() * (1 - t) + color.blueF() * t));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x46));
    p.setColor(QPalette::Mid, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x92, 0xf0));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabled);
    return p;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

ColorScheme parseColorScheme(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("dark"))
        return ColorScheme::Dark;
    if (t == QLatin1String("light"))
        return ColorScheme::Light;
    return ColorScheme::System;
}

bool gtkPrefersDark(const QString &gtkThemeEnv, const QString &colorSchemeSetting,
                    const QString &gtkThemeSetting)
{
    if (gtkThemeEnv.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    if (!gtkThemeEnv.isEmpty())
        return gtkThemeEnv.contains(QLatin1String("-dark"), Qt::CaseInsensitive);
    if (colorSchemeSetting.contains(QLatin1String("prefer-dark")))
        return true;
    return gtkThemeSetting.contains(QLatin1String("-dark"), Qt::CaseInsensitive);
}

bool desktopPrefersDark()
{
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (!gtkTheme.isEmpty())
        return gtkPrefersDark(gtkTheme, {}, {});
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    static const char *const gtkDesktops[] = {"GNOME",    "Unity",  "Cinnamon", "MATE",
                                              "Pantheon", "Budgie", "XFCE"};
    bool gtkDesktop = false;
    for (const char *d : gtkDesktops)
        gtkDesktop = gtkDesktop || desktop.contains(QLatin1String(d), Qt::CaseInsensitive);
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (!gtkDesktop || gsettings.isEmpty())
        return false;
    const auto read = [&gsettings](const QString &key) {
        QProcess p;
        p.start(gsettings,
                {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"), key});
        if (!p.waitForFinished(500)) {
            p.kill();
            p.waitForFinished(100);
            return QString();
        }
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    };
    const QString scheme = read(QStringLiteral("color-scheme"));
    return gtkPrefersDark({}, scheme,
                          scheme.contains(QLatin1String("prefer-dark"))
                              ? QString()
                              : read(QStringLiteral("gtk-theme")));
}

void applyColorScheme(QApplication &app, ColorScheme scheme)
{
    if (scheme == ColorScheme::System) {
        if (isDark(QApplication::palette()) || !desktopPrefersDark())
            return; // the platform palette is right as it is
        scheme = ColorScheme::Dark;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    app.setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

} // namespace ss::ui
