package org.electrotwin.campaign;

import java.util.Map;

/** What a twin returns for one run: the properties JSON (DESIGN §4.4) and the paths of its artefacts by name. */
public record RunOutput(String propertiesJson, Map<String, String> artefacts) implements java.io.Serializable {}
