package org.thaw.integration.view;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * A page whose boundary refuses the caller answers as the API does, never with a 5xx: a role the
 * page is not for gets the 403 page (admin.kim on a chart), a record that is not there or not the
 * caller's the 404 page. Full requests get the status and the container's error page; ajax
 * requests are left to OmniFaces' full-ajax handler, which renders the same pages from web.xml's
 * exception-type mappings. Declared after that handler in faces-config.xml, so it wraps it.
 */
public class RefusalExceptionHandlerFactory extends ExceptionHandlerFactory {

    public RefusalExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
                Iterator<ExceptionQueuedEvent> events =
                        getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    int status = status(events.next().getContext().getException());
                    if (status != 0) {
                        events.remove();
                        send(faces, status);
                        return;
                    }
                }
            }
            getWrapped().handle();
        }

        /** 403 or 404 for a refusal anywhere in the chain of causes; 0 for anything else. */
        static int status(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof AccessDeniedException) {
                    return 403;
                }
                if (t instanceof RecordNotFoundException) {
                    return 404;
                }
            }
            return 0;
        }

        private static void send(FacesContext faces, int status) {
            try {
                if (!faces.getExternalContext().isResponseCommitted()) {
                    faces.getExternalContext().responseReset();
                    faces.getExternalContext().responseSendError(status, null);
                }
                faces.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        }
    }
}
