"""The installers and what they install: NSIS script, Linux files and scripts, icons, rules.

None of these needs a built bundle: the Windows installer compiles against a stub folder of
the bundle's layout (skipped without makensis), the Linux install script runs against a stub
program in a private HOME.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
NSI = PACKAGING / "windows" / "leitplanken.nsi"
sys.path.insert(0, str(PACKAGING))
import bundle_rules as rules  # noqa: E402


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every icon file, rendered as the build renders them."""
    out = tmp_path_factory.mktemp("icons")
    done = subprocess.run([sys.executable, str(PACKAGING / "make_icons.py"), str(out)],
                          capture_output=True, text=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    return out


# -- Windows -----------------------------------------------------------------------------------


def _stub_bundle(folder: Path) -> Path:
    """A folder of the bundle's Windows layout (the real .exe files cannot be built here)."""
    bundle = folder / "leitplanken"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("leitplanken.exe", "leitplanken-cli.exe"):
        (bundle / name).write_bytes(b"MZ stub")
    (bundle / "_internal" / "base_library.zip").write_bytes(b"stub")
    return bundle


def test_the_windows_installer_compiles_without_warnings(tmp_path: Path, icons: Path, tool) -> None:  # type: ignore[no-untyped-def]
    tool("makensis", "nsis")
    sys.path.insert(0, str(PACKAGING / "windows"))
    from build_installer import command, package_version

    out = tmp_path / "Leitplanken-windows-x64.exe"
    args = command(_stub_bundle(tmp_path), icons, out, package_version())
    done = subprocess.run([args[0], "-WX", *args[1:]], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert out.stat().st_size > 50_000 and out.read_bytes()[:2] == b"MZ"


def _preprocessed(args: list[str], tmp_path: Path) -> str:  # Linux makensis writes UTF-8
    """What makensis reads of the script under the given command line (-PPO: preprocess only)."""
    done = subprocess.run([*args[:-1], "-PPO", args[-1]], capture_output=True, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout.decode("utf-8")


def test_the_installer_reads_its_german_texts_as_utf8_whatever_the_system_code_page(
        tmp_path: Path, icons: Path, tool) -> None:  # type: ignore[no-untyped-def]
    """On Windows makensis reads a script without BOM as CP1252 unless told: "geÃ¶ffnet"."""
    tool("makensis", "nsis")
    sys.path.insert(0, str(PACKAGING / "windows"))
    from build_installer import command, package_version

    args = command(_stub_bundle(tmp_path), icons, tmp_path / "x.exe", package_version())
    german = re.findall(r'^LangString \w+ \$\{LANG_GERMAN\} "(.*)"$', NSI.read_text(encoding="utf-8"), re.M)
    assert german and any(set(text) & set("äöüÄÖÜ„“") for text in german)
    read = _preprocessed(args, tmp_path)
    for text in german:
        assert text in read
    # The same script read the way Windows reads it by default garbles them: the check sees it.
    charset = [a.lstrip("-/") for a in args].index("INPUTCHARSET")
    assert args[charset + 1] == "UTF8" and charset < len(args) - 2  # named, before the script
    at = charset + 1
    windows_default = _preprocessed([*args[:at], "CP1252", *args[at + 1:]], tmp_path)
    assert not all(text in windows_default for text in german)


def test_the_installer_refuses_32_bit_windows_and_waits_for_both_programs_to_close() -> None:
    script = NSI.read_text(encoding="utf-8")
    init = script[script.index("Function .onInit"):script.index("FunctionEnd")]
    assert "${IfNot} ${RunningX64}" in init and "$(Needs64Bit)" in init and "Abort" in init
    wait = script[script.index("!macro WaitUntilClosed"):script.index("!macroend")]
    for program in ("${EXE}", "${CLI}"):
        assert f'IfFileExists "$INSTDIR\\{program}"' in wait
        assert f'FileOpen $0 "$INSTDIR\\{program}" a' in wait
    assert "/SD IDCANCEL" in wait  # a quiet install does not wait for a click
    defines = dict(re.findall(r'^!define (\w+) "([^"]*)"$', script, re.M))
    assert defines["CLI"] == "leitplanken-cli.exe"
    for section in script.split("Section ")[1:]:
        assert "!insertmacro WaitUntilClosed" in section  # install and uninstall


def test_the_installer_is_per_user_and_installs_under_local_app_data() -> None:
    script = NSI.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", script, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP\}"$', script, re.M)
    assert "HKLM" not in script  # nothing machine-wide: no administrator rights needed
    assert '!insertmacro MUI_LANGUAGE "German"' in script
    assert '!insertmacro MUI_LANGUAGE "English"' in script
    assert re.search(r"^VIProductVersion \"\$\{VERSION4\}\"$", script, re.M)


def test_the_installer_associates_the_file_type_with_its_icon_and_the_uninstaller_removes_it() -> None:
    script = NSI.read_text(encoding="utf-8")
    install, uninstall = script.split('Section "Uninstall"')
    defines = dict(re.findall(r'^!define (\w+) "([^"]*)"$', script, re.M))
    assert defines["EXT"] == ".leitplanken" and defines["PROGID"] == "Leitplanken.Workspace"
    assert 'WriteRegStr HKCU "Software\\Classes\\${EXT}" "" "${PROGID}"' in install
    assert ('WriteRegStr HKCU "Software\\Classes\\${PROGID}\\DefaultIcon" "" '
            '"$INSTDIR\\leitplanken-file.ico,0"') in install
    assert ('WriteRegStr HKCU "Software\\Classes\\${PROGID}\\shell\\open\\command" "" '
            '\'"$INSTDIR\\${EXE}" "%1"\'') in install
    assert 'File "${ICONS}\\leitplanken-file.ico"' in install
    assert 'CreateShortcut "$SMPROGRAMS\\${APP}.lnk"' in install
    assert "WriteUninstaller" in install
    assert 'DeleteRegKey HKCU "Software\\Classes\\${PROGID}"' in uninstall
    assert 'DeleteRegKey HKCU "Software\\Classes\\${EXT}"' in uninstall
    assert 'Delete "$SMPROGRAMS\\${APP}.lnk"' in uninstall
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in uninstall


def test_the_windows_version_has_four_numbers() -> None:
    assert rules.windows_version("0.1.0") == (0, 1, 0, 0)
    assert rules.windows_version("2.10.3rc1") == (2, 10, 3, 1)
    assert rules.windows_version("1.2.3.4.5") == (1, 2, 3, 4)


# -- macOS -------------------------------------------------------------------------------------


def test_the_mac_app_names_the_macos_qt_needs_and_keeps_its_signature_sealed() -> None:
    """PySide6 6.12's macOS wheels are macosx_14_0; the docs and Info.plist must agree."""
    spec = (PACKAGING / "leitplanken.spec").read_text(encoding="utf-8")
    minimum = re.search(r'"LSMinimumSystemVersion": "(\d+)\.0"', spec)
    assert minimum and int(minimum.group(1)) >= 14
    for doc in (ROOT / "README.md", PACKAGING / "README.md"):
        assert f"macOS {minimum.group(1)}" in doc.read_text(encoding="utf-8"), doc
    # The document icon goes in as data (placed before BUNDLE signs), never copied in after.
    assert 'datas += [(str(icons / "leitplanken-file.icns"), ".")]' in spec
    assert "copy" not in spec[spec.index("app = BUNDLE("):]
    workflow = (ROOT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert "codesign --verify --deep --strict" in workflow
    assert "ln -s /Applications" in workflow  # the disk image offers the drag target


# -- Linux -------------------------------------------------------------------------------------


def test_the_desktop_entry_is_valid(tool) -> None:  # type: ignore[no-untyped-def]
    done = subprocess.run([tool("desktop-file-validate", "desktop-file-utils"), str(PACKAGING / "linux" / "leitplanken.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_the_mime_type_names_the_extension_and_the_icon() -> None:
    import xml.etree.ElementTree as ET

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ET.parse(PACKAGING / "linux" / "leitplanken-mime.xml")
    mime = tree.find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-leitplanken"
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.leitplanken"]
    assert mime.find("m:icon", ns).get("name") == "application-x-leitplanken"  # type: ignore[union-attr]
    desktop = (PACKAGING / "linux" / "leitplanken.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-leitplanken;" in desktop


def _stub_tarball(folder: Path, icons: Path) -> Path:
    """The unpacked tarball's layout around a stub program that prints its arguments."""
    root = folder / "leitplanken-x"
    program = root / "leitplanken"
    program.mkdir(parents=True)
    exe = program / "leitplanken"
    exe.write_text("#!/bin/sh\necho \"stub $*\"\n")
    exe.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(PACKAGING / "linux" / script, root / script)
    (root / "share" / "applications").mkdir(parents=True)
    (root / "share" / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(PACKAGING / "linux" / "leitplanken.desktop", root / "share" / "applications")
    shutil.copy2(PACKAGING / "linux" / "leitplanken-mime.xml",
                 root / "share" / "mime" / "packages" / "leitplanken.xml")
    shutil.copytree(icons / "hicolor", root / "share" / "icons" / "hicolor")
    return root


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install script")
def test_install_sh_places_program_menu_entry_file_type_and_icons_for_the_user(
        tmp_path: Path, icons: Path, tool) -> None:  # type: ignore[no-untyped-def]
    tool("update-mime-database", "shared-mime-info")
    tool("desktop-file-validate", "desktop-file-utils")
    unpacked = _stub_tarball(tmp_path / "download", icons)
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    share = home / ".local" / "share"
    installed = home / ".local" / "lib" / "leitplanken" / "leitplanken"
    command = home / ".local" / "bin" / "leitplanken"
    assert subprocess.run([str(command), "x"], capture_output=True, text=True).stdout == "stub x\n"
    entry = (share / "applications" / "leitplanken.desktop").read_text(encoding="utf-8")
    assert f'Exec="{installed}" %f' in entry
    assert (share / "mime" / "packages" / "leitplanken.xml").exists()
    assert "*.leitplanken" in (share / "mime" / "globs2").read_text()
    for size in (16, 32, 48, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "leitplanken.png").exists()
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "mimetypes"
                / "application-x-leitplanken.png").exists()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "leitplanken.svg").exists()
    check = subprocess.run(["desktop-file-validate", str(share / "applications" / "leitplanken.desktop")],
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout

    (home / "Meine Firma.leitplanken").write_bytes(b"the user's work")
    done = subprocess.run(["sh", str(unpacked / "uninstall.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not installed.exists() and not command.exists()
    assert not (share / "applications" / "leitplanken.desktop").exists()
    assert not (share / "mime" / "packages" / "leitplanken.xml").exists()
    assert not list((share / "icons").rglob("leitplanken.*"))
    assert (home / "Meine Firma.leitplanken").read_bytes() == b"the user's work"


def _tree(home: Path) -> dict[str, bytes | None]:
    """Every folder (None) and file (its bytes) under home, by relative path."""
    return {str(p.relative_to(home)): None if p.is_dir() else p.read_bytes() for p in home.rglob("*")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux install script")
def test_uninstall_sh_leaves_the_home_folder_as_it_was_but_for_the_users_files(
        tmp_path: Path, icons: Path, tool) -> None:  # type: ignore[no-untyped-def]
    tool("update-mime-database", "shared-mime-info")
    tool("update-desktop-database", "desktop-file-utils")
    unpacked = _stub_tarball(tmp_path / "download", icons)
    home = tmp_path / "home"
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "mytool").write_text("#!/bin/sh\n")
    (home / ".config").mkdir()
    (home / ".config" / "mimeapps.list").write_text("[Default Applications]\ntext/plain=editor.desktop\n")
    before = _tree(home)
    env = {"HOME": str(home), "PATH": os.environ["PATH"]}
    assert subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True).returncode == 0
    # What `xdg-mime default` writes where it is installed.
    with (home / ".config" / "mimeapps.list").open("a") as mimeapps:
        mimeapps.write("application/x-leitplanken=leitplanken.desktop;\n")
    (home / "Offerte.leitplanken").write_bytes(b"the user's work")
    done = subprocess.run(["sh", str(unpacked / "uninstall.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    after = _tree(home)
    assert after.pop("Offerte.leitplanken") == b"the user's work"
    assert after == before, sorted(set(after) ^ set(before))


def test_install_sh_explains_prefix_in_its_help() -> None:
    done = subprocess.run(["sh", str(PACKAGING / "linux" / "install.sh"), "--help"], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "PREFIX=" in done.stdout and "XDG_DATA_DIRS" in done.stdout


# -- icons -------------------------------------------------------------------------------------


def test_icons_come_in_every_size_and_the_ico_and_icns_files_hold_them(icons: Path) -> None:
    from PySide6.QtGui import QImage

    for context, name in (("apps", "leitplanken"), ("mimetypes", "application-x-leitplanken")):
        for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
            image = QImage(str(icons / "hicolor" / f"{size}x{size}" / context / f"{name}.png"))
            assert (image.width(), image.height()) == (size, size)
    for base in ("leitplanken", "leitplanken-file"):
        data = (icons / f"{base}.ico").read_bytes()
        reserved, kind, count = struct.unpack("<HHH", data[:6])
        assert (reserved, kind) == (0, 1) and count >= 6
        sizes = {data[6 + 16 * i] or 256 for i in range(count)}
        assert {16, 32, 48, 256} <= sizes
        icns = (icons / f"{base}.icns").read_bytes()
        assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_the_icons_read_at_16_px(icons: Path) -> None:
    """At 16 px the guardrail keeps two clear rails: rows of light pixels across the icon."""
    from PySide6.QtGui import QColor, QImage

    image = QImage(str(icons / "hicolor" / "16x16" / "apps" / "leitplanken.png"))
    light_rows = [y for y in range(16)
                  if sum(QColor(image.pixel(x, y)).lightness() > 200 for x in range(16)) >= 10]
    groups = [y for i, y in enumerate(light_rows) if i == 0 or light_rows[i - 1] != y - 1]
    assert len(groups) == 2, light_rows
    corner = QColor.fromRgba(image.pixel(0, 0))
    assert corner.alpha() < 128  # rounded corners: the icon is not a hard square


# -- bundle rules ------------------------------------------------------------------------------


def test_the_rules_keep_the_platforms_and_drop_the_gtk_theme() -> None:
    assert rules.keep_plugin("platforms", "libqxcb.so", "linux")
    assert rules.keep_plugin("platforms", "libqoffscreen.so", "linux")
    assert not rules.keep_plugin("platforms", "libqvnc.so", "linux")
    assert rules.keep_plugin("platforms", "qwindows.dll", "win32")
    assert rules.keep_plugin("platforms", "libqcocoa.dylib", "darwin")
    assert not rules.keep_plugin("platformthemes", "libqgtk3.so", "linux")
    assert rules.keep_plugin("platformthemes", "libqxdgdesktopportal.so", "linux")
    assert rules.keep_plugin("imageformats", "qsvg.dll", "win32")
    assert not rules.keep_plugin("imageformats", "libqtiff.so", "linux")
    assert rules.keep_plugin("printsupport", "libcupsprintersupport.so", "linux")
    assert not rules.keep_plugin("tls", "libqopensslbackend.so", "linux")


def test_the_rules_keep_only_the_chosen_libraries_of_the_build_machine() -> None:
    venv = ["/opt/venv", "/opt/python"]
    assert rules.keep_binary("libsqlite3.so.0", "/usr/lib/x86_64-linux-gnu/libsqlite3.so.0", "linux", venv)
    assert not rules.keep_binary("libgtk-3.so.0", "/usr/lib/x86_64-linux-gnu/libgtk-3.so.0", "linux", venv)
    assert not rules.keep_binary("libstdc++.so.6", "/lib/x86_64-linux-gnu/libstdc++.so.6", "linux", venv)
    assert rules.keep_binary("libpython3.13.so.1.0", "/opt/python/lib/libpython3.13.so.1.0", "linux", venv)
    assert not rules.keep_binary("PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6",
                                 "/opt/venv/PySide6/Qt/lib/libQt6EglFsKmsSupport.so.6", "linux", venv)


def test_babel_locales_follow_each_parent_chain() -> None:
    from babel.core import get_global

    from leitplanken.ui.settings.settings_dialog import LOCALES

    needed = rules.babel_locales(LOCALES, get_global("parent_exceptions"))
    assert {"root", "de", "de_CH", "en", "en_001", "en_GB", "fr", "fr_CH", "it", "it_CH"} <= needed
    assert set(LOCALES) <= needed
    assert rules.keep_data("babel/locale-data/de_CH.dat", needed)
    assert not rules.keep_data("babel/locale-data/ja.dat", needed)
    assert rules.keep_data("babel/global.dat", needed)
    assert rules.keep_data("PySide6/Qt/translations/qtbase_de.qm", needed)
    assert not rules.keep_data("PySide6/Qt/translations/qtbase_ja.qm", needed)


# -- start-up check ----------------------------------------------------------------------------


def _leitplanken(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The installed command, started as a user would, in a private HOME."""
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "share"), LEITPLANKEN_DATA_DIR=str(home / "data"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "leitplanken", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def test_exit_after_start_opens_the_window_on_the_file_and_exits_0(tmp_path: Path) -> None:
    ws = tmp_path / "Sägerei Aebi.leitplanken"
    assert _leitplanken("demo", str(ws), "--lang", "de", home=tmp_path).returncode == 0
    done = _leitplanken("--exit-after-start", str(ws), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert _leitplanken("--exit-after-start", home=tmp_path).returncode == 0
    # The file is closed again: no marker says it is still in use.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(ws.name)) == [ws.name]


def test_exit_after_start_says_2_when_the_file_cannot_be_opened(tmp_path: Path) -> None:
    done = _leitplanken("--exit-after-start", str(tmp_path / "fehlt.leitplanken"), home=tmp_path)
    assert done.returncode == 2


def test_version_prints_the_package_version(tmp_path: Path) -> None:
    from leitplanken import __version__

    done = _leitplanken("--version", home=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"leitplanken {__version__}"
