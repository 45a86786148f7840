"""Orca's settings for the test (copied as ``orca-customizations.py`` into the temporary
prefs folder given by ``orca -u``; Orca runs this file at start): every utterance Orca
would send to the synthesizer goes as one line „SPEECH OUTPUT: '…'“ to the file named by
``SSA_ORCA_SPEECH_LOG``; no synthesizer (no audio on the test machine; speech-dispatcher
without a sound device blocks Orca) and no braille display. Orca's own speech generator
still decides every word."""

import logging
import os

from orca import settings

settings.enableSpeech = True
settings.enableBraille = False
settings.speechServerFactory = None
settings.speechFactoryModules = []
_handler = logging.FileHandler(os.environ["SSA_ORCA_SPEECH_LOG"], encoding="utf-8")
_handler.setFormatter(logging.Formatter("%(message)s"))
logging.getLogger("speech").addHandler(_handler)

from orca import debug  # noqa: E402 (after the settings, as Orca reads them)

if debug.debugFile:  # ``orca --debug-file``: written line by line, readable while it runs
    debug.debugFile.reconfigure(line_buffering=True)
