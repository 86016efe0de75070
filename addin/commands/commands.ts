/*
 * Function file for the ribbon. The Home-tab button is a ShowTaskpane action, which Office
 * handles itself; the file must still load and call Office.onReady so the ribbon initialises.
 */
Office.onReady(() => undefined);
