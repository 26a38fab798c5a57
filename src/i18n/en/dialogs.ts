/** Words of the app's dialogs (share, keyboard help). Keys start with "dialogs.". */
export const dialogs = {
  'dialogs.close': 'Close',
  'dialogs.share.title': 'Share this setup',
  'dialogs.share.note': 'The link holds every setting on screen (not the progress of a run).',
  'dialogs.share.link': 'Link',
  'dialogs.share.copyLink': 'Copy link',
  'dialogs.share.embed': 'Embed in a course page',
  'dialogs.share.copyEmbed': 'Copy embed code',
  'dialogs.share.copied': 'Copied.',
  'dialogs.share.copyFailed': 'Could not copy: select the text and copy it by hand.',
  /** The title of the iframe on the course page: its accessible name there. */
  'dialogs.share.frameTitle': 'Interphase simulation',
  'dialogs.keys.title': 'Keyboard shortcuts',
  'dialogs.keys.note': 'Shortcuts stay quiet while you type in a field or use a control. Tab moves between controls.',
  'dialogs.keys.keysColumn': 'Keys',
  'dialogs.keys.actionColumn': 'Action',
  'dialogs.keys.on3dView': 'on the 3D view',
  'dialogs.keys.turnCamera': 'Turn the camera',
  'dialogs.keys.zoomCamera': 'Zoom in and out',
  'dialogs.keys.homeCamera': 'Back to the starting view',
  'dialogs.keys.enabled': 'Keyboard shortcuts on',
};
