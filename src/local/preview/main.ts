/** `npm start`: serves the local preview of the built add-on (see README, "Local preview"). */
import { startPreview } from './server';

const port = Number(process.env.PORT ?? 8080);
const dataFile = process.env.PREVIEW_DATA ?? '.preview/workbook.json';

startPreview({ port, dataFile, log: (line) => console.log(line) })
  .then((server) => {
    console.log(`Social ROI preview: ${server.url}`);
    console.log(`Workbook kept in ${dataFile} (set PREVIEW_DATA to change). Ctrl+C to stop.`);
    const stop = () => server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') console.error(`Port ${port} is busy: run PORT=${port + 1} npm start`);
    else console.error(error);
    process.exit(1);
  });
