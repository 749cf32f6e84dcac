/**
 * Script of the manifest's FunctionFile page. The add-in's only ribbon command
 * opens the task pane (ShowTaskpane), so there are no functions to register;
 * Office still expects the page to initialise.
 */
Office.onReady(() => undefined);
