package org.electrotwin.campaign;

/** Life cycle of a run in the database. */
public enum RunStatus { PENDING, RUNNING, DONE, FAILED }
