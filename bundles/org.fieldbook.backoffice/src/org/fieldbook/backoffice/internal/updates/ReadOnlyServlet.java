package org.fieldbook.backoffice.internal.updates;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** What the update site serves is read-only: GET and HEAD, every other method 405. */
abstract class ReadOnlyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** HttpServlet's defaults would echo a TRACE and answer PATCH with 501. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            super.service(request, response);
        } else {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }

    /** Served like GET without a body; HttpServlet's default would count the bytes by writing them. */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        doGet(request, response);
    }
}
