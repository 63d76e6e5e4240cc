/** Task pane entry: waits for Office, then mounts the UI. */
Office.onReady(() => {
  const status = document.getElementById("status");
  if (status) status.textContent = "Redo.";
});
