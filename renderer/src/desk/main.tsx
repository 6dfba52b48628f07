import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeskApiProvider } from '../api/ApiContext';
import { deskClientFromWindow } from '../api/bridge';
import { BridgeMissing } from '../components/BridgeMissing';
import '../styles.css';
import { DeskRoot } from './DeskRoot';

const client = deskClientFromWindow();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {client ? (
      <DeskApiProvider client={client}>
        <DeskRoot />
      </DeskApiProvider>
    ) : (
      <BridgeMissing />
    )}
  </StrictMode>,
);
