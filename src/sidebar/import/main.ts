// Placeholder entry while the import sidebar is being written (replaced before this lands).
document.body.textContent = 'Import platform data';
